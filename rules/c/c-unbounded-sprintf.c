#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>
#include <sys/socket.h>

#define STATUS_FMT "status=%d"

struct request {
    char *line;
    char path[128];
};

void format_request(struct request *req, const char *method, const char *uri) {
    // ruleid: c-unbounded-sprintf
    sprintf(req->line, "%s %s HTTP/1.1", method, uri);
}

void format_path(char *out, const char *root, int id) {
    // ruleid: c-unbounded-sprintf
    sprintf(out, "%s/%d.json",
            root, id);
    // ok: c-unbounded-sprintf
    sprintf(out, "%d.json", id);
    // ok: c-unbounded-sprintf
    sprintf(out, "%.32s/%d", root, id);
    // ok: c-unbounded-sprintf
    sprintf(out, "%08" PRIx64 "-%" PRIu32, (uint64_t)id, (uint32_t)id);
}

void log_to(char *dst, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    // ruleid: c-unbounded-sprintf
    vsprintf(dst, fmt, ap);
    va_end(ap);
}

void render(char *dst, const char *template_text) {
    // ruleid: c-unbounded-sprintf
    sprintf(dst, template_text);
}

void status(char *dst, int code) {
    // ok: c-unbounded-sprintf
    sprintf(dst, "%d %c %5.2f", code, 'x', 1.5);
    // ok: c-unbounded-sprintf
    snprintf(dst, 64, "%s", "bounded by snprintf");
}

char *greeting(const char *name) {
    char *msg = malloc(strlen(name) + 8);
    if (msg == NULL) return NULL;
    // ok: c-unbounded-sprintf
    sprintf(msg, "hello, %s", name);
    return msg;
}

char *measured(const char *a, const char *b) {
    int n = snprintf(NULL, 0, "%s:%s", a, b);
    char *out = malloc((size_t)n + 1);
    if (out == NULL) return NULL;
    // ok: c-unbounded-sprintf
    sprintf(out, "%s:%s", a, b);
    return out;
}

void local(const char *user) {
    char line[64];
    /* A fixed-size local array: reported by c-sprintf-fixed-buffer instead. */
    // ok: c-unbounded-sprintf
    sprintf(line, "user=%s", user);
    puts(line);
}

/* Tainted: a value from argv, stdin or a socket is reported at high confidence, with the path. */
int main(int argc, char *argv[]) {
    struct request req;
    const char *host = argv[1];
    // ruleid: c-unbounded-sprintf
    sprintf(req.line, "GET / HTTP/1.1\r\nHost: %s\r\n", host);
    char name[64];
    if (scanf("%63s", name) != 1) return 1;
    char *label = name;
    // ruleid: c-unbounded-sprintf
    sprintf(req.line, "%s-%d", label, argc);
    return 0;
}

void echo_peer(int sock, char *reply) {
    char packet[256];
    ssize_t n = recv(sock, packet, sizeof packet - 1, 0);
    if (n <= 0) return;
    packet[n] = '\0';
    // ruleid: c-unbounded-sprintf
    sprintf(reply, "you said: %s", packet);
    // ok: c-unbounded-sprintf
    sprintf(reply, "%d bytes", (int)n);
}
