#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

class Profile {
public:
    explicit Profile(char *storage) : name_(storage) {}

    void rename(const std::string &name) {
        // ruleid: c-unbounded-string-copy
        std::strcpy(name_, name.c_str());
    }

    void append_title(const char *title) {
        if (title != nullptr && *title != '\0') {
            // ruleid: c-unbounded-string-copy
            strcat(name_, title);
        }
    }

    // Tainted: read from std::cin, reported at high confidence with the path.
    void ask() {
        std::string answer;
        std::cin >> answer;
        const char *text = answer.c_str();
        // ruleid: c-unbounded-string-copy
        std::strcpy(name_, text);
    }

    void reset() {
        // ok: c-unbounded-string-copy
        std::strcpy(name_, "anonymous");
    }

private:
    char *name_;
};

char *clone_cstr(const std::string &value) {
    char *out = new char[std::strlen(value.c_str()) + 1];
    // ok: c-unbounded-string-copy
    std::strcpy(out, value.c_str());
    return out;
}

void fill(std::string &out, const char *in) {
    // ok: c-unbounded-string-copy
    out.assign(in);
}
