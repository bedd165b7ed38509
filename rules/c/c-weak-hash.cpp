#include <openssl/evp.h>
#include <string>

class Digest {
public:
    explicit Digest(bool legacy) {
        ctx_ = EVP_MD_CTX_new();
        // ruleid: c-weak-hash
        const EVP_MD *md = legacy ? EVP_md5() : EVP_sha256();
        EVP_DigestInit_ex(ctx_, md, nullptr);
    }

    void update(const std::string &s) {
        // ok: c-weak-hash
        EVP_DigestUpdate(ctx_, s.data(), s.size());
    }

private:
    EVP_MD_CTX *ctx_;
};
