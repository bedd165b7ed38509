#include <stdlib.h>
#include <string.h>
#include <wchar.h>

struct entry {
    char *key;
    wchar_t *title;
};

char *copy_name(const char *name) {
    char *copy = malloc(strlen(name) + 1);
    if (copy == NULL) return NULL;
    // ruleid: c-strlen-alloc-off-by-one
    strcpy(copy, name);
    return copy;
}

void set_key(struct entry *e, const char *key) {
    e->key = (char *)malloc(strlen(key) + 1);
    // ruleid: c-strlen-alloc-off-by-one
    (void)strcpy(e->key, key);
}

void set_title(struct entry *e, const wchar_t *title) {
    e->title = malloc(wcslen(title) * sizeof(wchar_t));
    // ruleid: c-strlen-alloc-off-by-one
    wcscpy(e->title, title);
}

char *copy_ok(const char *name) {
    char *copy = malloc(strlen(name) + 1);
    if (copy == NULL) return NULL;
    // ok: c-strlen-alloc-off-by-one
    strcpy(copy, name);
    return copy;
}

char *copy_wide_ok(const wchar_t *name) {
    wchar_t *copy = malloc((wcslen(name) + 1) * sizeof(wchar_t));
    if (copy == NULL) return NULL;
    // ok: c-strlen-alloc-off-by-one
    wcscpy(copy, name);
    return (char *)copy;
}

char *skip_first(const char *text) {
    /* One character shorter than the measured text: the NUL fits. */
    char *rest = malloc(strlen(text));
    if (rest == NULL || text[0] == '\0') return NULL;
    // ok: c-strlen-alloc-off-by-one
    strcpy(rest, text + 1);
    return rest;
}

char *bytes_only(const char *text) {
    /* No terminator is written: memcpy copies exactly strlen bytes. */
    size_t n = strlen(text);
    char *raw = malloc(strlen(text));
    if (raw == NULL) return NULL;
    // ok: c-strlen-alloc-off-by-one
    memcpy(raw, text, n);
    return raw;
}
