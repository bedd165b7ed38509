#include <cstdio>
#include <iostream>
#include <string>

class Console {
public:
    void print(const std::string &line) {
        // ruleid: c-format-string
        std::printf(line.c_str());
        // ok: c-format-string
        std::printf("%s\n", line.c_str());
    }

    void error(const std::string &what) {
        // ruleid: c-format-string
        fprintf(stderr, what.c_str());
        // ok: c-format-string
        std::fputs(what.c_str(), stderr);
    }
};

// Tainted: a format read from std::cin is reported at high confidence, with the path.
void echo() {
    std::string word;
    std::cin >> word;
    const char *text = word.c_str();
    // ruleid: c-format-string
    std::printf(text);
    // ok: c-format-string
    std::printf("%s", text);
}
