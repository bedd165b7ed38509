#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define DEFAULT_SHELL "/bin/sh"

struct account {
    char *home;
    char shell[64];
    char *display_name;
};

void set_home(struct account *acct, const char *home) {
    // ruleid: c-unbounded-string-copy
    strcpy(acct->home, home);
}

void set_shell(struct account *acct, const char *shell) {
    if (shell == NULL) {
        // ok: c-unbounded-string-copy
        strcpy(acct->shell, DEFAULT_SHELL);
    } else {
        // ruleid: c-unbounded-string-copy
        strcpy(acct->shell, shell);
    }
}

char *join_words(char *out, char **words, int count) {
    char *p = out;
    for (int i = 0; i < count; i++) {
        if (i > 0) {
            // ok: c-unbounded-string-copy
            p = stpcpy(p, " ");
        }
        // ruleid: c-unbounded-string-copy
        p = stpcpy(p, words[i]);
    }
    return out;
}

void add_suffix(char *name, const char *suffix) {
    // ruleid: c-unbounded-string-copy
    strcat(name,
           suffix);
}

void copy_param(char dst[16], const char *src) {
    /* dst is a pointer here: sizeof dst is the pointer's size. */
    // ruleid: c-unbounded-string-copy
    strcpy(dst, src);
}

void wide_copy(wchar_t *dst, const wchar_t *src) {
    // ruleid: c-unbounded-string-copy
    wcscpy(dst, src);
}

char *duplicate(const char *s) {
    char *copy = malloc(strlen(s) + 1);
    if (copy == NULL) return NULL;
    // ok: c-unbounded-string-copy
    strcpy(copy, s);
    return copy;
}

char *concat_path(const char *dir, const char *file) {
    size_t n = strlen(dir) + strlen(file) + 2;
    char *path = malloc(n);
    if (!path) return NULL;
    // ok: c-unbounded-string-copy
    strcpy(path, dir);
    // ok: c-unbounded-string-copy
    strcat(path, "/");
    // ok: c-unbounded-string-copy
    strcat(path, file);
    return path;
}

int set_label(char *label, size_t size, const char *text) {
    if (strlen(text) >= size) return -1;
    // ok: c-unbounded-string-copy
    strcpy(label, text);
    return 0;
}

void local_buffer(const char *input) {
    char buf[32];
    /* A fixed-size local array: reported by c-strcpy-fixed-buffer instead. */
    // ok: c-unbounded-string-copy
    strcpy(buf, input);
    // ok: c-unbounded-string-copy
    strncpy(buf, input, sizeof buf - 1);
}
