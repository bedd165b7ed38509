#include <cstdio>
#include <string>

std::string level_name(int level) {
    char buf[8];
    // ruleid: c-sprintf-small-buffer
    std::sprintf(buf, "L%d", level);
    return std::string(buf);
}

std::string level_name_ok(int level) {
    char buf[16];
    // ok: c-sprintf-small-buffer
    std::sprintf(buf, "L%d", level);
    return std::string(buf);
}
