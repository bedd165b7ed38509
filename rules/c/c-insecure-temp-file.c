#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

FILE *open_scratch(void) {
    char name[L_tmpnam];
    // ruleid: c-insecure-temp-file
    if (tmpnam(name) == NULL) return NULL;
    return fopen(name, "w+");
}

char *spool_name(const char *dir) {
    // ruleid: c-insecure-temp-file
    return tempnam(dir, "spool");
}

int make_lock(void) {
    char path[] = "/tmp/app.lock.XXXXXX";
    // ruleid: c-insecure-temp-file
    mktemp(path);
    return open(path, O_CREAT | O_WRONLY, 0600);
}

int make_lock_safely(void) {
    char path[] = "/tmp/app.lock.XXXXXX";
    // ok: c-insecure-temp-file
    int fd = mkstemp(path);
    return fd;
}

FILE *anonymous_scratch(void) {
    // ok: c-insecure-temp-file
    return tmpfile();
}
