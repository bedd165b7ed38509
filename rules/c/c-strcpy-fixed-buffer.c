#include <stdio.h>
#include <string.h>
#include <wchar.h>

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

const char *remember(const char *input) {
    static char last[64];
    /* The result is used: snprintf would return an int, so no fix is offered. */
    // ruleid: c-strcpy-fixed-buffer
    return strcpy(last, input);
}

void wide_name(const wchar_t *name, const char *kind) {
    wchar_t wbuf[16];
    // ruleid: c-strcpy-fixed-buffer
    wcscpy(wbuf, name);
    char tag[8];
    // ruleid: c-strcpy-fixed-buffer
    char *end = stpcpy(tag, kind);
    (void)end;
}
