/* Loads key=value settings from a file and the environment for a small daemon. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct setting {
    char *key;
    char *value;
};

struct config {
    struct setting *items;
    size_t count;
    size_t capacity;
    const char *db_password;
    const char *api_token;
};

static char *dup_string(const char *s) {
    size_t len = strlen(s);
    char *copy = malloc(len + 1);
    if (copy == NULL) return NULL;
    strcpy(copy, s);
    return copy;
}

static int grow(struct config *cfg) {
    size_t cap = cfg->capacity ? cfg->capacity * 2 : 16;
    size_t bytes;
    if (__builtin_mul_overflow(cap, sizeof *cfg->items, &bytes)) return -1;
    struct setting *items = realloc(cfg->items, bytes);
    if (items == NULL) return -1;
    cfg->items = items;
    cfg->capacity = cap;
    return 0;
}

static int add_setting(struct config *cfg, const char *key, const char *value) {
    if (cfg->count == cfg->capacity && grow(cfg) != 0) return -1;
    struct setting *s = &cfg->items[cfg->count];
    s->key = dup_string(key);
    s->value = dup_string(value);
    if (s->key == NULL || s->value == NULL) return -1;
    cfg->count++;
    return 0;
}

int config_load(struct config *cfg, const char *path) {
    FILE *fp = fopen(path, "r");
    if (fp == NULL) return -errno;
    char line[512];
    while (fgets(line, sizeof line, fp) != NULL) {
        char key[64];
        char value[256];
        if (line[0] == '#' || line[0] == '\n') continue;
        if (sscanf(line, " %63[^= ] = %255[^\n]", key, value) != 2) continue;
        if (add_setting(cfg, key, value) != 0) {
            fclose(fp);
            return -1;
        }
    }
    fclose(fp);
    cfg->db_password = getenv("APP_DB_PASSWORD");
    cfg->api_token = getenv("APP_API_TOKEN");
    return 0;
}

size_t split_list(char *list, char **out, size_t max) {
    size_t n = 0;
    char *save = NULL;
    for (char *tok = strtok_r(list, ",", &save); tok != NULL && n < max;
         tok = strtok_r(NULL, ",", &save)) {
        out[n++] = tok;
    }
    return n;
}

int *parse_ports(const char *spec, size_t *count) {
    size_t n = 1;
    for (const char *p = spec; *p; p++)
        if (*p == ',') n++;
    int *ports = calloc(n, sizeof *ports);
    if (ports == NULL) return NULL;
    size_t i = 0;
    const char *p = spec;
    while (i < n) {
        char *end = NULL;
        long v = strtol(p, &end, 10);
        if (end == p || v <= 0 || v > 65535) break;
        ports[i++] = (int)v;
        if (*end != ',') break;
        p = end + 1;
    }
    *count = i;
    return ports;
}

void config_free(struct config *cfg) {
    for (size_t i = 0; i < cfg->count; i++) {
        free(cfg->items[i].key);
        free(cfg->items[i].value);
    }
    free(cfg->items);
    cfg->items = NULL;
    cfg->count = cfg->capacity = 0;
}
