#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define TILE_W 16
#define TILE_H 16

struct image {
    uint32_t width;
    uint32_t height;
    uint32_t channels;
    uint8_t *pixels;
};

int image_alloc(struct image *img, uint32_t width, uint32_t height) {
    img->width = width;
    img->height = height;
    // ruleid: c-alloc-size-overflow
    img->pixels = malloc(width * height * 4);
    // ruleid: c-alloc-size-overflow
    uint8_t *rgb = (uint8_t *)malloc((size_t)img->width * img->height * img->channels);
    // ok: c-alloc-size-overflow
    uint8_t *tile = malloc(TILE_W * TILE_H * 4);
    // ok: c-alloc-size-overflow
    uint8_t *row = calloc(width, 4);
    free(rgb);
    free(tile);
    free(row);
    return img->pixels != NULL;
}

void **grow(void **table, size_t rows, size_t cols) {
    // ruleid: c-alloc-size-overflow
    return realloc(table,
                   rows * cols * sizeof(void *));
}

float *matrix(size_t n) {
    /* One count times an element size: c-alloc-count-overflow (low confidence). */
    // ok: c-alloc-size-overflow
    return malloc(n * sizeof(float));
}

float *matrix_checked(size_t n, size_t m) {
    // ok: c-alloc-size-overflow
    return calloc(n * 0 + m, sizeof(float));
}

void *scratch(size_t count, size_t elem) {
    // ruleid: c-alloc-size-overflow
    void *p = alloca(count * elem);
    return p;
}

/* Tainted: dimensions read from a file or stdin are reported at high confidence, with the path. */
struct image *load_image(FILE *f) {
    struct image *img = malloc(sizeof *img);
    uint32_t header[2];
    fread(header, sizeof header[0], 2, f);
    uint32_t w = header[0];
    uint32_t h = header[1];
    // ruleid: c-alloc-size-overflow
    img->pixels = malloc(w * h * 4);
    return img;
}

int main(void) {
    size_t rows, cols;
    if (scanf("%zu %zu", &rows, &cols) != 2) return 1;
    // ruleid: c-alloc-size-overflow
    double *grid = malloc(rows * cols * sizeof(double));
    // ok: c-alloc-size-overflow
    double *line = calloc(cols, sizeof(double));
    free(grid);
    free(line);
    return 0;
}
