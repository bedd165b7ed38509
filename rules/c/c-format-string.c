#include <stdio.h>
#include <syslog.h>
#include <libintl.h>

#define BANNER "service ready\n"
#define _(s) gettext(s)

struct message {
    char *text;
    int level;
};

void show(const char *user_text) {
    // ruleid: c-format-string
    printf(user_text);
    // ok: c-format-string
    printf("%s", user_text);
    // ok: c-format-string
    printf(BANNER);
    // ok: c-format-string
    printf(_("Usage: tool [options]\n"));
}

void log_message(FILE *out, const struct message *m) {
    // ruleid: c-format-string
    fprintf(out, m->text);
    // ruleid: c-format-string
    syslog(LOG_WARNING, m->text);
    // ok: c-format-string
    syslog(LOG_WARNING, "%s", m->text);
    // ok: c-format-string
    fprintf(out, "level %d: %s\n", m->level, m->text);
}

void copy_out(char *dst, size_t size, char **lines, int i) {
    // ruleid: c-format-string
    snprintf(dst, size, lines[i]);
    // ruleid: c-format-string
    sprintf(dst,
            lines[i]);
    // ok: c-format-string
    snprintf(dst, size, "%s", lines[i]);
}

void wide(const wchar_t *w) {
    // ruleid: c-format-string
    wprintf(w);
}
