#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char ALPHABET[] = "abcdefghijklmnopqrstuvwxyz0123456789";

struct particle {
    float x, y;
    int ttl;
};

void make_session_token(char *token, size_t len) {
    srand((unsigned)time(NULL));
    for (size_t i = 0; i + 1 < len; i++) {
        // ruleid: c-weak-random
        token[i] = ALPHABET[rand() % (sizeof ALPHABET - 1)];
    }
    token[len - 1] = '\0';
}

unsigned long new_nonce(void) {
    // ruleid: c-weak-random
    return ((unsigned long)random() << 32) | (unsigned long)lrand48();
}

void spawn(struct particle *p) {
    // ruleid: c-weak-random
    p->x = (float)rand() / RAND_MAX;
    p->ttl = 80 +
        // ruleid: c-weak-random
        rand() % 140;
}

void make_salt(unsigned char *salt, size_t n) {
    /* The operating system's CSPRNG. */
    // ok: c-weak-random
    arc4random_buf(salt, n);
}

struct rng {
    unsigned (*rand)(struct rng *self);
};

unsigned draw(struct rng *r) {
    /* A method named rand on an object: not the C library's. */
    // ok: c-weak-random
    return r->rand(r);
}
