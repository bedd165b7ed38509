#include <stdint.h>
#include <stdio.h>
#include <sys/socket.h>
#include <string.h>

#define MAC_LEN 6
#define NAME_MAX_LEN 32

struct packet {
    const uint8_t *payload;
    size_t payload_len;
    uint8_t src_mac[MAC_LEN];
};

void parse_packet(const struct packet *pkt) {
    uint8_t body[512];
    uint8_t mac[MAC_LEN];
    // ruleid: c-memcpy-fixed-buffer
    memcpy(body, pkt->payload, pkt->payload_len);
    // ok: c-memcpy-fixed-buffer
    memcpy(mac, pkt->src_mac, MAC_LEN);
    // ok: c-memcpy-fixed-buffer
    memcpy(mac, pkt->src_mac, sizeof mac);
    handle(body, mac);
}

void read_name(const char *src, size_t len) {
    char name[NAME_MAX_LEN];
    // ruleid: c-memcpy-fixed-buffer
    strncpy(name, src, len);
    // ok: c-memcpy-fixed-buffer
    strncpy(name, src, sizeof(name) - 1);
    name[NAME_MAX_LEN - 1] = '\0';
    use_name(name);
}

void copy_ints(const int *values, size_t count) {
    int local[16];
    for (size_t i = 0; i < 2; i++) {
        // ruleid: c-memcpy-fixed-buffer
        memmove(local, values,
                count * sizeof(int));
    }
    sum(local, 16);
}

int checked_copy(const uint8_t *data, size_t len) {
    uint8_t frame[256];
    if (len > sizeof frame) return -1;
    // ok: c-memcpy-fixed-buffer
    memcpy(frame, data, len);
    return process(frame, len);
}

int checked_against_macro(const char *src, size_t len) {
    char name[NAME_MAX_LEN];
    if (len >= NAME_MAX_LEN) return -1;
    // ok: c-memcpy-fixed-buffer
    memcpy(name, src, len);
    name[len] = '\0';
    return use_name(name);
}

void clamped(const char *src, size_t len) {
    char label[64];
    size_t n = len < sizeof label - 1 ? len : sizeof label - 1;
    // ok: c-memcpy-fixed-buffer
    memcpy(label, src, n);
    label[n] = '\0';
}

void heap_copy(uint8_t *dst, const uint8_t *src, size_t len) {
    /* A pointer destination: its size is not known here. */
    // ok: c-memcpy-fixed-buffer
    memcpy(dst, src, len);
}

/* Tainted: a length read from a file or a socket is reported at high confidence, with the path. */
int read_record(FILE *f) {
    uint8_t record[128];
    uint8_t data[4096];
    uint32_t len;
    fread(&len, 4, 1, f);
    fread(data, 1, 4096, f);
    // ruleid: c-memcpy-fixed-buffer
    memcpy(record, data, len);
    return process(record, 128);
}

void on_message(int sock) {
    uint8_t packet[1500];
    uint8_t body[256];
    recv(sock, packet, 1500, 0);
    size_t body_len = packet[0] * 256 + packet[1];
    // ruleid: c-memcpy-fixed-buffer
    memcpy(body, packet + 2, body_len);
    handle(body, packet);
}
