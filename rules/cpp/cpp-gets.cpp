#include <cstdio>
#include <string>

std::string ask_name() {
    char name[80];
    std::printf("name: ");
    // ruleid: cpp-gets
    std::gets(name);
    return std::string(name);
}

class Console {
public:
    void read(char *into) {
        // ruleid: cpp-gets
        gets(into);
    }
};

std::string safe_ask() {
    char buf[80];
    // ok: cpp-gets
    std::fgets(buf, sizeof buf, stdin);
    return buf;
}
