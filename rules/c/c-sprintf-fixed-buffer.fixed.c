#include <stdarg.h>
#include <stdio.h>
#include <inttypes.h>

void log_login(const char *user, int attempts) {
    char line[64];
    // ruleid: c-sprintf-fixed-buffer
    snprintf(line, sizeof line, "login %s after %d attempts", user, attempts);
    puts(line);
}

void render(const char *template_text) {
    char out[256];
    // ruleid: c-sprintf-fixed-buffer
    snprintf(out, sizeof out, template_text);
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

void log_event(const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    // ruleid: c-sprintf-fixed-buffer
    vsprintf(msg, fmt, ap);
    va_end(ap);
    puts(msg);
}

int header(const char *name, uint64_t size) {
    char hdr[48];
    // ok: c-sprintf-fixed-buffer
    sprintf(hdr, "size=%" PRIu64 "\n", size);
    /* The length is used: no fix, snprintf would return the untruncated length. */
    // ruleid: c-sprintf-fixed-buffer
    int n = sprintf(hdr, "name=%s", name);
    return n;
}
