#include <openssl/des.h>
#include <openssl/evp.h>
#include <openssl/aes.h>

int encrypt_legacy(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
    // ruleid: c-weak-cipher
    return EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, iv);
}

int encrypt_blocks(EVP_CIPHER_CTX *ctx, const unsigned char *key) {
    // ruleid: c-weak-cipher
    return EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL);
}

int encrypt_modern(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
    // ok: c-weak-cipher
    return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
}

void des_block(DES_cblock *in, DES_cblock *out, const_DES_cblock *key) {
    DES_key_schedule ks;
    // ruleid: c-weak-cipher
    DES_set_key_checked(key, &ks);
    // ruleid: c-weak-cipher
    DES_ecb_encrypt(in, out, &ks,
                    DES_ENCRYPT);
}

void aes_single_block(const unsigned char *in, unsigned char *out, const AES_KEY *key) {
    // ruleid: c-weak-cipher
    AES_ecb_encrypt(in, out, key, AES_ENCRYPT);
    // ok: c-weak-cipher
    AES_encrypt(in, out, key);
}

const EVP_CIPHER *by_name(int legacy) {
    if (legacy) {
        // ruleid: c-weak-cipher
        return EVP_get_cipherbyname("des-cbc");
    }
    // ok: c-weak-cipher
    return EVP_get_cipherbyname("aes-256-gcm");
}
