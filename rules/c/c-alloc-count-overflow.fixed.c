#include <stdlib.h>
#include <string.h>

#define MAX_ITEMS 128

struct item {
    int id;
    double price;
};

struct item *load_items(size_t count) {
    // ruleid: c-alloc-count-overflow
    struct item *items = calloc(count, sizeof(struct item));
    if (items == NULL) return NULL;
    memset(items, 0, count * sizeof(struct item));
    return items;
}

int *load_ids(const int *src, size_t n) {
    // ruleid: c-alloc-count-overflow
    int *ids = (int *)calloc(n, sizeof(int));
    // ok: c-alloc-count-overflow
    int *fixed = malloc(MAX_ITEMS * sizeof(int));
    // ok: c-alloc-count-overflow
    int *zeroed = calloc(n, sizeof(int));
    // ok: c-alloc-count-overflow
    char *one = malloc(n + 1);
    free(fixed);
    free(zeroed);
    free(one);
    return ids;
}

char **grow_lines(char **lines, size_t cap) {
    // ruleid: c-alloc-count-overflow
    return realloc(lines, (cap + 1) * sizeof(char *));
}

char *hex_encode(const unsigned char *bytes, size_t len) {
    // ruleid: c-alloc-count-overflow
    char *out = malloc(len * 2 + 1);
    return out;
}

void *pairs(size_t rows, size_t cols) {
    /* Two non-constant factors: c-alloc-size-overflow (medium confidence). */
    // ok: c-alloc-count-overflow
    return malloc(rows * cols * sizeof(int));
}
