#include <stdio.h>

void show_price(unsigned int cents) {
    char label[6];
    /* "$" plus up to ten digits and the NUL do not fit in six bytes. */
    // ruleid: c-sprintf-small-buffer
    sprintf(label, "$%u", cents);
    puts(label);
}

int port_text(int port, char *out) {
    char digits[6] = "";
    // ruleid: c-sprintf-small-buffer
    int n = sprintf(digits, "%d", port);
    (void)out;
    return n;
}

void timestamp(long long ms) {
    char text[11];
    // ruleid: c-sprintf-small-buffer
    (void)sprintf(text, "%lld", ms);
    puts(text);
}

void roomy(int value, unsigned char byte) {
    char number[12];
    char hex[3];
    char tiny[4];
    // ok: c-sprintf-small-buffer
    sprintf(number, "%d", value);
    /* Two hex digits of a byte and the NUL: exactly three. */
    // ok: c-sprintf-small-buffer
    sprintf(hex, "%02x", byte);
    // ok: c-sprintf-small-buffer
    snprintf(tiny, sizeof tiny, "%d", value);
    // ok: c-sprintf-small-buffer
    sprintf(tiny, "%.2s", "abc");
    puts(number);
}
