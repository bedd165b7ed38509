#include <cstring>

void make_key(const char *prefix, const char *id) {
    char key[48] = {0};
    // ruleid: cpp-strcat-fixed-buffer
    std::strcat(key, prefix);
    // ok: cpp-strcat-fixed-buffer
    std::strcat(key, ":");
    // ruleid: cpp-strcat-fixed-buffer
    strcat(key, id);
    use(key);
}
