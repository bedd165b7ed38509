#include <cstdarg>
#include <cstdio>
#include <string>

std::string describe(const std::string &user, int age) {
    char text[64];
    // ruleid: cpp-sprintf-fixed-buffer
    std::sprintf(text, "%s is %d", user.c_str(), age);
    return text;
}

std::string number(int n) {
    char text[16];
    // ok: cpp-sprintf-fixed-buffer
    std::sprintf(text, "%d", n);
    return text;
}

void log_event(const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    // ruleid: cpp-sprintf-fixed-buffer
    std::vsprintf(msg, fmt, ap);
    va_end(ap);
    std::puts(msg);
}
