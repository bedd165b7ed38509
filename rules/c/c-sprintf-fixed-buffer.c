#include <stdio.h>

void log_login(const char *user, int attempts) {
    char line[64];
    // ruleid: c-sprintf-fixed-buffer
    sprintf(line, "login %s after %d attempts", user, attempts);
    puts(line);
}

void render(const char *template_text) {
    char out[256];
    // ruleid: c-sprintf-fixed-buffer
    sprintf(out, template_text);
    puts(out);
}

void bounded(const char *user, int id) {
    char line[64];
    // ok: c-sprintf-fixed-buffer
    sprintf(line, "id=%d", id);
    // ok: c-sprintf-fixed-buffer
    sprintf(line, "user=%.20s id=%lu", user, (unsigned long)id);
    // ok: c-sprintf-fixed-buffer
    snprintf(line, sizeof line, "user=%s", user);
}
