#include <string.h>
#include <wchar.h>

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

void wide_title(const wchar_t *name) {
    wchar_t title[32] = L"Dr. ";
    // ruleid: c-strcat-fixed-buffer
    wcscat(title, name);
    // ok: c-strcat-fixed-buffer
    wcsncat(title, name, sizeof title / sizeof title[0] - wcslen(title) - 1);
}
