#include <string.h>

void build_path(const char *dir, const char *file) {
    char path[128] = "/srv/";
    // ruleid: c-strcat-fixed-buffer
    strncat(path, dir, sizeof path - strlen(path) - 1);
    // ok: c-strcat-fixed-buffer
    strcat(path, "/");
    // ruleid: c-strcat-fixed-buffer
    strncat(path, file, sizeof path - strlen(path) - 1);
    open_file(path);
}

void append(char *out, const char *suffix) {
    // ok: c-strcat-fixed-buffer
    strcat(out, suffix);
}
