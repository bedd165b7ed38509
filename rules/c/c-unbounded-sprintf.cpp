#include <cstdio>
#include <iostream>
#include <string>

class Reporter {
public:
    explicit Reporter(char *out) : out_(out) {}

    void title(const std::string &name, int count) {
        // ruleid: c-unbounded-sprintf
        std::sprintf(out_, "%s (%d items)", name.c_str(), count);
    }

    // Tainted: read from std::cin, reported at high confidence with the path.
    void prompt() {
        std::string project;
        std::getline(std::cin, project);
        // ruleid: c-unbounded-sprintf
        std::sprintf(out_, "project %s", project.c_str());
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
