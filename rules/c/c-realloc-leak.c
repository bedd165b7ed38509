#include <stdlib.h>
#include <string.h>

struct vec {
    int *items;
    size_t len;
    size_t cap;
};

int vec_push(struct vec *v, int item) {
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        // ruleid: c-realloc-leak
        v->items = realloc(v->items, v->cap * sizeof *v->items);
        if (v->items == NULL) return -1;
    }
    v->items[v->len++] = item;
    return 0;
}

char *append(char *buf, size_t *size, const char *s) {
    size_t n = strlen(s);
    // ruleid: c-realloc-leak
    buf = (char *)realloc(buf,
                          *size + n + 1);
    memcpy(buf + *size, s, n + 1);
    *size += n;
    return buf;
}

int vec_push_safely(struct vec *v, int item) {
    if (v->len == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 8;
        // ok: c-realloc-leak
        int *items = realloc(v->items, cap * sizeof *items);
        if (items == NULL) return -1;
        // ok: c-realloc-leak
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = item;
    return 0;
}

char *grow_copy(char *old, size_t n) {
    char *fresh;
    // ok: c-realloc-leak
    fresh = realloc(old, n);
    return fresh ? fresh : old;
}
