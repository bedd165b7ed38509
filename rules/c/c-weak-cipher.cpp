#include <openssl/evp.h>
#include <openssl/rc4.h>
#include <string>

class StreamCipher {
public:
    explicit StreamCipher(const std::string &key) {
        // ruleid: c-weak-cipher
        RC4_set_key(&key_, static_cast<int>(key.size()), reinterpret_cast<const unsigned char *>(key.data()));
    }

    const EVP_CIPHER *aead() const {
        // ok: c-weak-cipher
        return EVP_chacha20_poly1305();
    }

private:
    RC4_KEY key_;
};
