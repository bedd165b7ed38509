#include <string.h>

int count_fields(char *line) {
    int n = 0;
    // ruleid: c-strtok
    for (char *tok = strtok(line, ","); tok != NULL; tok = strtok(NULL, ",")) {
        n++;
    }
    return n;
}

int count_fields_r(char *line) {
    int n = 0;
    char *save = NULL;
    // ok: c-strtok
    for (char *tok = strtok_r(line, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save)) {
        n++;
    }
    return n;
}

size_t first_field_len(const char *line) {
    // ok: c-strtok
    return strcspn(line, ",");
}
