#include <stdio.h>
#include <string.h>

struct user { char name[32]; };

void greet(const char *input) {
    char buf[32];
    // ruleid: c-strcpy-fixed-buffer
    strcpy(buf, input);
    printf("%s\n", buf);
}

int main(int argc, char **argv) {
    char path[256];
    if (argc < 2) return 1;
    // ruleid: c-strcpy-fixed-buffer
    strcpy(path, argv[1]);
    char small[8];
    // ok: c-strcpy-fixed-buffer
    strcpy(small, "abc");
    char *heap = malloc(strlen(argv[1]) + 1);
    // ok: c-strcpy-fixed-buffer
    strcpy(heap, argv[1]);
    // ok: c-strcpy-fixed-buffer
    strncpy(path, argv[1], sizeof path - 1);
    return 0;
}

void copy_param(char dst[16], const char *src) {
    /* dst decays to a pointer: sizeof would be wrong, so it is not treated as a fixed buffer. */
    // ok: c-strcpy-fixed-buffer
    strcpy(dst, src);
}
