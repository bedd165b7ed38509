#include <cstring>
#include <cwchar>
#include <string>

class Session {
public:
    void set_user(const std::string &user) {
        char name[32];
        // ruleid: cpp-strcpy-fixed-buffer
        snprintf(name, sizeof name, "%s", user.c_str());
        store(name);
    }

    void set_token(const char *token) {
        char buf[64];
        // ruleid: cpp-strcpy-fixed-buffer
        snprintf(buf, sizeof buf, "%s", token);
        // ok: cpp-strcpy-fixed-buffer
        strcpy(buf, "anonymous");
        store(buf);
    }

private:
    void store(const char *value);
};

void copy_string(std::string &out, const char *in) {
    // ok: cpp-strcpy-fixed-buffer
    out.assign(in);
}

const char *remember(const std::string &value) {
    static char last[64];
    /* The result is used: snprintf would return an int, so no fix is offered. */
    // ruleid: cpp-strcpy-fixed-buffer
    return std::strcpy(last, value.c_str());
}

void wide_name(const wchar_t *name) {
    wchar_t wbuf[16];
    // ruleid: cpp-strcpy-fixed-buffer
    std::wcscpy(wbuf, name);
}
