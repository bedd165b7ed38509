#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
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

/* Tainted: a source from argv, a file or a socket is reported at high confidence, with the path. */
static const char *config_value(FILE *f, char *line, int size) {
    if (fgets(line, size, f) == NULL) return "";
    return strchr(line, '=') + 1;
}

int main(int argc, char *argv[]) {
    struct account acct;
    char *user = argv[1];
    // ruleid: c-unbounded-string-copy
    strcpy(acct.display_name, user);
    char line[256];
    FILE *f = fopen("/etc/app.conf", "r");
    // ruleid: c-unbounded-string-copy
    strcat(acct.home, config_value(f, line, sizeof line));
    return 0;
}

void from_peer(int sock, struct account *acct) {
    char packet[512];
    recv(sock, packet, sizeof packet, 0);
    // ruleid: c-unbounded-string-copy
    strcpy(acct->display_name, packet + 8);
    // ok: c-unbounded-string-copy
    strcpy(acct->home, "/home/guest");
}
