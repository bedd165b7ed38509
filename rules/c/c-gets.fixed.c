#include <stdio.h>
#include <string.h>

int read_name(void) {
    char name[64];
    printf("name: ");
    // ruleid: c-gets
    fgets(name, sizeof name, stdin);
    printf("hello %s\n", name);
    return 0;
}

void read_into(char *line) {
    /* A pointer has no size we can use: reported, no fix. */
    // ruleid: c-gets
    if (gets(line) == NULL) return;
}

int safe_read(void) {
    char buf[128];
    // ok: c-gets
    if (fgets(buf, sizeof buf, stdin) == NULL) return -1;
    return (int)strlen(buf);
}
