#include <cstdio>
#include <string>

class Console {
public:
    void print(const std::string &line) {
        // ruleid: c-format-string
        std::printf("%s", line.c_str());
        // ok: c-format-string
        std::printf("%s\n", line.c_str());
    }

    void error(const std::string &what) {
        // ruleid: c-format-string
        fprintf(stderr, "%s", what.c_str());
        // ok: c-format-string
        std::fputs(what.c_str(), stderr);
    }
};
