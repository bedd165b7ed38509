#include <stdarg.h>
#include <stdio.h>

size_t render_list(char *buf, size_t size, const char **items, int count) {
    size_t off = 0;
    for (int i = 0; i < count; i++) {
        // ruleid: c-snprintf-offset-overflow
        off += snprintf(buf + off, size - off, "%s%s", i ? ", " : "", items[i]);
    }
    return off;
}

void append_fmt(char **cursor, char *end, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *p = *cursor;
    // ruleid: c-snprintf-offset-overflow
    p += vsnprintf(p, (size_t)(end - p), fmt, ap);
    va_end(ap);
    *cursor = p;
}

size_t render_list_checked(char *buf, size_t size, const char **items, int count) {
    size_t off = 0;
    for (int i = 0; i < count; i++) {
        // ok: c-snprintf-offset-overflow
        int n = snprintf(buf + off, size - off, "%s%s", i ? ", " : "", items[i]);
        if (n < 0 || (size_t)n >= size - off) break;
        // ok: c-snprintf-offset-overflow
        off += (size_t)n;
    }
    return off;
}
