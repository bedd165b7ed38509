#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "device.h" /* struct device: its fields' sizes are declared there */

#define FALLBACK_ROUTE "/var/spool/fallback/outgoing"
#define LABEL_FMT "slot-%s"

void reset_device(struct device *dev) {
    /* The field's size lives in another file: the literal fits only as long as that declaration says so. */
    // ruleid: c-unbounded-string-function
    strcpy(dev->model, "generic usb hub adapter");
    // ruleid: c-unbounded-string-function
    strcpy(dev->label, FALLBACK_ROUTE);
    // ok: c-unbounded-string-function
    strcpy(dev->label, "");
}

void port_name(char *out, int port) {
    /* The caller's buffer may be shorter than "port-" plus eleven digits. */
    // ruleid: c-unbounded-string-function
    sprintf(out, "port-%d", port);
}

void join_dir(char *path) {
    // ruleid: c-unbounded-string-function
    strcat(path, "/");
}

void hex_digest(char *hex, const unsigned char *digest, size_t n) {
    for (size_t i = 0; i < n; i++) {
        // ruleid: c-unbounded-string-function
        sprintf(&hex[2 * i], "%02x", digest[i]);
    }
}

size_t status_line(int code, int retries) {
    char line[48];
    size_t used = 0;
    // ok: c-unbounded-string-function
    used += sprintf(line, "code=%d", code);
    /* An offset into the array: the room left is not what the call sees. */
    // ruleid: c-unbounded-string-function
    used += sprintf(line + used, " retries=%d", retries);
    puts(line);
    return used;
}

void wide_default(wchar_t *name) {
    // ruleid: c-unbounded-string-function
    wcscpy(name, L"unnamed");
}

void bounded_forms(struct device *dev, char *out, size_t size, int id) {
    char small[8];
    char number[12];
    // ok: c-unbounded-string-function
    strcpy(small, "abc");
    // ok: c-unbounded-string-function
    sprintf(number, "%d", id);
    // ok: c-unbounded-string-function
    snprintf(out, size, "id-%d", id);
    // ok: c-unbounded-string-function
    strncpy(out, "fallback", size - 1);
    /* Non-constant sources and unbounded formats are the other rules' findings. */
    // ok: c-unbounded-string-function
    strcpy(out, dev->label);
    // ok: c-unbounded-string-function
    sprintf(out, LABEL_FMT, dev->label);
    // ok: c-unbounded-string-function
    sprintf(out, "%s-%d", dev->label, id);
}

void serial_text(unsigned int serial) {
    unsigned char text[16];
    /* A cast of a fixed-size array is still that array. */
    // ok: c-unbounded-string-function
    sprintf((char *)text, "%u", serial);
    puts((const char *)text);
}

char *tagged(const char *name, int id) {
    /* The allocation is measured from the inputs. */
    char *out = malloc(strlen(name) + 16);
    if (out == NULL) return NULL;
    // ok: c-unbounded-string-function
    sprintf(out, "%d:", id);
    // ok: c-unbounded-string-function
    strcat(out, ":");
    return out;
}
