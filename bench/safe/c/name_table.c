/* A small table of names: every copy is bounded by the destination's size or measured first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAME_MAX_LEN 32
#define DEFAULT_NAME "nobody"

struct name_entry {
    char name[NAME_MAX_LEN];
    char *alias;
    int id;
};

static char *dup_string(const char *s) {
    size_t n = strlen(s) + 1;
    char *copy = malloc(n);
    if (copy == NULL) return NULL;
    memcpy(copy, s, n);
    return copy;
}

static char *join_path(const char *dir, const char *file) {
    char *path = malloc(strlen(dir) + strlen(file) + 2);
    if (path == NULL) return NULL;
    strcpy(path, dir);
    strcat(path, "/");
    strcat(path, file);
    return path;
}

int entry_init(struct name_entry *e, const char *name, const char *alias, int id) {
    if (snprintf(e->name, sizeof e->name, "%s", name ? name : DEFAULT_NAME) >= (int)sizeof e->name)
        return -1;
    e->alias = alias ? dup_string(alias) : NULL;
    e->id = id;
    return 0;
}

void entry_print(const struct name_entry *e, FILE *out) {
    char id_text[12];
    char line[96];
    sprintf(id_text, "%d", e->id);
    snprintf(line, sizeof line, "%-*s %s", NAME_MAX_LEN, e->name, id_text);
    fputs(line, out);
    fputc('\n', out);
}

int entry_rename(struct name_entry *e, const char *name, size_t len) {
    if (len >= sizeof e->name) return -1;
    memcpy(e->name, name, len);
    e->name[len] = '\0';
    return 0;
}

char *entry_file(const struct name_entry *e, const char *dir) {
    char file[NAME_MAX_LEN + 8];
    char suffix[8];
    strcpy(suffix, ".entry");
    snprintf(file, sizeof file, "%s%s", e->name, suffix);
    return join_path(dir, file);
}
