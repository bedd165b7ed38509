#include <cstdio>
#include <cstring>
#include <string>
#include "session.h" // struct Session: its buffers are declared there

#define GUEST_NAME "guest"

class Banner {
public:
    explicit Banner(char *storage) : text_(storage) {}

    void reset() {
        // ruleid: c-unbounded-string-function
        ::strcpy(text_, "welcome to the build farm");
    }

    void counter(unsigned long n) {
        // ruleid: c-unbounded-string-function
        std::sprintf(text_, "%lu visitors", n);
    }

    void title(const std::string &name) {
        // ok: c-unbounded-string-function
        std::snprintf(text_, capacity_, "%s", name.c_str());
    }

private:
    char *text_;
    std::size_t capacity_ = 0;
};

void anonymous(Session &s) {
    // ruleid: c-unbounded-string-function
    std::strcpy(s.user, GUEST_NAME);
}

std::string port_text(int port) {
    char buf[16];
    // ok: c-unbounded-string-function
    std::sprintf(buf, "%d", port);
    // ok: c-unbounded-string-function
    std::strcpy(buf, "n/a");
    return std::string(buf);
}

struct Formatter {
    int sprintf(const char *fmt, int v);
};

void member_call(Formatter &f, std::string &out, int v) {
    /* A method that happens to be called sprintf is not the C function. */
    // ok: c-unbounded-string-function
    f.sprintf("%d", v);
    // ok: c-unbounded-string-function
    out.append("suffix");
}
