/* A minimal HTTP/1.1 request-line and header parser for an embedded status server. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_METHOD 8
#define MAX_PATH 256
#define MAX_HEADERS 32

struct header {
    char name[64];
    char value[256];
};

struct request {
    char method[MAX_METHOD];
    char path[MAX_PATH];
    int minor_version;
    struct header headers[MAX_HEADERS];
    size_t header_count;
    char *body;
    size_t body_len;
};

static int copy_token(char *dst, size_t dst_size, const char *src, size_t len) {
    if (len >= dst_size) return -1;
    memcpy(dst, src, len);
    dst[len] = '\0';
    return 0;
}

int parse_request_line(struct request *req, const char *line) {
    char method[MAX_METHOD];
    char path[MAX_PATH];
    int minor = 0;
    if (sscanf(line, "%7s %255s HTTP/1.%d", method, path, &minor) != 3) return -1;
    snprintf(req->method, sizeof req->method, "%s", method);
    snprintf(req->path, sizeof req->path, "%s", path);
    req->minor_version = minor;
    return 0;
}

int parse_header(struct request *req, const char *line) {
    const char *colon = strchr(line, ':');
    if (colon == NULL || req->header_count >= MAX_HEADERS) return -1;
    struct header *h = &req->headers[req->header_count];
    if (copy_token(h->name, sizeof h->name, line, (size_t)(colon - line)) != 0) return -1;
    const char *value = colon + 1;
    while (isspace((unsigned char)*value)) value++;
    size_t value_len = strcspn(value, "\r\n");
    if (copy_token(h->value, sizeof h->value, value, value_len) != 0) return -1;
    req->header_count++;
    return 0;
}

const char *header_value(const struct request *req, const char *name) {
    for (size_t i = 0; i < req->header_count; i++) {
        if (strcasecmp(req->headers[i].name, name) == 0) return req->headers[i].value;
    }
    return NULL;
}

int read_body(struct request *req, FILE *in, size_t max_body) {
    const char *cl = header_value(req, "Content-Length");
    if (cl == NULL) return 0;
    char *end = NULL;
    unsigned long n = strtoul(cl, &end, 10);
    if (end == cl || *end != '\0' || n > max_body) return -1;
    req->body = calloc(n + 1, 1);
    if (req->body == NULL) return -1;
    if (fread(req->body, 1, n, in) != n) {
        free(req->body);
        req->body = NULL;
        return -1;
    }
    req->body_len = n;
    return 0;
}

int format_status_line(char *out, size_t out_size, int code, const char *reason) {
    int n = snprintf(out, out_size, "HTTP/1.1 %d %s\r\n", code, reason);
    if (n < 0 || (size_t)n >= out_size) return -1;
    return n;
}

void log_request(FILE *log, const struct request *req) {
    fprintf(log, "%s %s HTTP/1.%d (%zu headers)\n", req->method, req->path, req->minor_version,
            req->header_count);
    fputs(req->path, log);
    fputc('\n', log);
}
