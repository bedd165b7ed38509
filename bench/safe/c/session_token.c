/* Session tokens and password hashing for a login service (OpenSSL 3). */
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>

#define TOKEN_BYTES 32
#define SALT_BYTES 16
#define PBKDF2_ITERATIONS 600000

static void hex_encode(const unsigned char *in, size_t len, char *out, size_t out_size) {
    static const char digits[] = "0123456789abcdef";
    if (out_size < len * 2 + 1) {
        if (out_size > 0) out[0] = '\0';
        return;
    }
    for (size_t i = 0; i < len; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 0x0f];
    }
    out[len * 2] = '\0';
}

int new_session_token(char *out, size_t out_size) {
    unsigned char raw[TOKEN_BYTES];
    if (getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw) return -1;
    hex_encode(raw, sizeof raw, out, out_size);
    return 0;
}

int hash_password(const char *password, unsigned char salt[SALT_BYTES], unsigned char key[32]) {
    if (RAND_bytes(salt, SALT_BYTES) != 1) return -1;
    return PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, SALT_BYTES, PBKDF2_ITERATIONS,
                             EVP_sha256(), 32, key) == 1 ? 0 : -1;
}

int sign_cookie(const unsigned char *key, size_t key_len, const char *payload, char *sig_hex,
                size_t sig_hex_size) {
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int mac_len = 0;
    if (HMAC(EVP_sha256(), key, (int)key_len, (const unsigned char *)payload, strlen(payload), mac,
             &mac_len) == NULL)
        return -1;
    hex_encode(mac, mac_len, sig_hex, sig_hex_size);
    return 0;
}

int seal(const unsigned char key[32], const unsigned char *plain, int plain_len, unsigned char *out,
         unsigned char iv[12], unsigned char tag[16]) {
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, total = 0;
    if (ctx == NULL) return -1;
    if (RAND_bytes(iv, 12) != 1 || EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv) != 1 ||
        EVP_EncryptUpdate(ctx, out, &len, plain, plain_len) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return -1;
    }
    total = len;
    if (EVP_EncryptFinal_ex(ctx, out + total, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return -1;
    }
    total += len;
    EVP_CIPHER_CTX_free(ctx);
    return total;
}

void print_digest(const unsigned char *data, size_t len) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int md_len = 0;
    char hex[EVP_MAX_MD_SIZE * 2 + 1];
    EVP_Digest(data, len, md, &md_len, EVP_sha256(), NULL);
    hex_encode(md, md_len, hex, sizeof hex);
    printf("sha256=%s\n", hex);
}
