#include <cstdio>
#include <string>
#include <vector>

std::string join(const std::vector<int> &values) {
    char buf[128];
    std::size_t pos = 0;
    for (int v : values) {
        // ruleid: c-snprintf-offset-overflow
        pos += std::snprintf(buf + pos, sizeof buf - pos, "%d,", v);
    }
    // ok: c-snprintf-offset-overflow
    int n = std::snprintf(buf, sizeof buf, "%zu", values.size());
    return std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
}
