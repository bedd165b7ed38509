#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/sha.h>
#include <string.h>

void fingerprint(const unsigned char *data, size_t len, unsigned char out[MD5_DIGEST_LENGTH]) {
    MD5_CTX ctx;
    // ruleid: c-weak-hash
    MD5_Init(&ctx);
    // ok: c-weak-hash
    MD5_Update(&ctx, data, len);
    // ok: c-weak-hash
    MD5_Final(out, &ctx);
}

void legacy_digest(const unsigned char *data, size_t len, unsigned char *out) {
    // ruleid: c-weak-hash
    SHA1(data, len, out);
    // ok: c-weak-hash
    SHA256(data, len, out);
}

int hmac_key(const char *password, const unsigned char *salt, unsigned char *key) {
    // ruleid: c-weak-hash
    const EVP_MD *md = EVP_sha1();
    // ok: c-weak-hash
    const EVP_MD *good = EVP_sha256();
    (void)good;
    return PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 1000, md, 32, key);
}

const EVP_MD *by_name(void) {
    // ruleid: c-weak-hash
    return EVP_get_digestbyname("md5");
}

const EVP_MD *by_name_ok(void) {
    // ok: c-weak-hash
    return EVP_get_digestbyname("sha256");
}

void win_hash(HCRYPTPROV prov, HCRYPTHASH *hash) {
    // ruleid: c-weak-hash
    CryptCreateHash(prov, CALG_MD5, 0, 0, hash);
    // ok: c-weak-hash
    CryptCreateHash(prov, CALG_SHA_256, 0, 0, hash);
}
