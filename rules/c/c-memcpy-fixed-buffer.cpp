#include <cstdint>
#include <algorithm>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

class Frame {
public:
    void load(const std::vector<std::uint8_t> &bytes) {
        std::uint8_t header[16];
        // ruleid: c-memcpy-fixed-buffer
        std::memcpy(header, bytes.data(), bytes.size());
        // ok: c-memcpy-fixed-buffer
        std::memcpy(header, bytes.data(), sizeof(header));
        parse(header);
    }

    void name(const std::string &value) {
        char buf[32];
        // ruleid: c-memcpy-fixed-buffer
        memcpy(buf, value.data(), value.size() + 1);
        store(buf);
    }

    // Tainted: a length read from std::cin, reported at high confidence with the path.
    void interactive(const char *source) {
        char chunk[64];
        std::size_t count;
        std::cin >> count;
        // ruleid: c-memcpy-fixed-buffer
        std::memcpy(chunk, source, count);
        store(chunk);
    }

private:
    void parse(const std::uint8_t *h);
    void store(const char *s);
};

void store_bounded(const std::string &value, void (*store)(const char *)) {
    char buf[32];
    const std::size_t n = std::min(value.size(), sizeof buf - 1);
    // ok: c-memcpy-fixed-buffer
    std::memcpy(buf, value.data(), n);
    buf[n] = '\0';
    store(buf);
}
