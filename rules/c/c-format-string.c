#include <stdio.h>
#include <syslog.h>
#include <libintl.h>
#include <sys/socket.h>

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

/* Tainted: a format from argv, stdin or a socket is reported at high confidence, with the path. */
static char *read_name(char *buf, int size) {
    fgets(buf, size, stdin);
    return buf;
}

int main(int argc, char *argv[]) {
    char line[256];
    char name[64];
    char *banner = argv[1];
    // ruleid: c-format-string
    printf(banner);
    if (fgets(line, sizeof line, stdin) != NULL) {
        // ruleid: c-format-string
        fprintf(stderr, line);
        // ok: c-format-string
        fprintf(stderr, "%s", line);
    }
    // ruleid: c-format-string
    printf(read_name(name, sizeof name));
    return 0;
}

void from_socket(int sock, FILE *log) {
    char packet[512];
    recv(sock, packet, sizeof packet - 1, 0);
    char *msg = packet + 4;
    // ruleid: c-format-string
    fprintf(log, msg);
    // ok: c-format-string
    fputs(msg, log);
}
