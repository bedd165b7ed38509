#include <cstdio>
#include <string>

class Reporter {
public:
    explicit Reporter(char *out) : out_(out) {}

    void title(const std::string &name, int count) {
        // ruleid: c-unbounded-sprintf
        std::sprintf(out_, "%s (%d items)", name.c_str(), count);
    }

    void total(long count) {
        // ok: c-unbounded-sprintf
        std::sprintf(out_, "%ld items", count);
    }

private:
    char *out_;
};

std::string label(int id) {
    std::string s(32, '\0');
    // ok: c-unbounded-sprintf
    std::snprintf(&s[0], s.size(), "#%d", id);
    return s;
}
