#include <stdio.h>
#include <stdlib.h>

struct employee {
    char name[32];
    int age;
};

int read_employee(struct employee *e) {
    printf("name and age: ");
    // ruleid: c-scanf-unbounded-string
    if (scanf("%s %d", e->name, &e->age) != 2) return -1;
    return 0;
}

int load_users(FILE *fp) {
    char user[64];
    char role[16];
    int uid;
    // ruleid: c-scanf-unbounded-string
    while (fscanf(fp, "%d:%s", &uid, user) == 2) {
        add_user(uid, user);
    }
    // ok: c-scanf-unbounded-string
    while (fscanf(fp, "%d:%63s %15s", &uid, user, role) == 3) {
        add_user(uid, user);
    }
    // ok: c-scanf-unbounded-string
    fscanf(fp, "%*s %d", &uid);
    return 0;
}

int parse_pair(const char *line, char *key, int *value) {
    // ruleid: c-scanf-unbounded-string
    return sscanf(line,
                  "%[^=]=%d", key, value);
}

int parse_bounded(const char *line) {
    char key[32];
    int value;
    char *word = NULL;
    // ok: c-scanf-unbounded-string
    if (sscanf(line, "%31[^=]=%d", key, &value) != 2) return -1;
    // ok: c-scanf-unbounded-string
    if (sscanf(line, "%ms", &word) == 1) free(word);
    // ok: c-scanf-unbounded-string
    sscanf(line, "100%%s %d", &value);
    return value;
}
