#include <cstdio>
#include <string>

std::string ask_city() {
    char city[40];
    std::printf("city: ");
    // ruleid: c-scanf-unbounded-string
    std::scanf("%s", city);
    return city;
}

int parse_version(const std::string &text, int &major, int &minor) {
    char tag[16];
    // ruleid: c-scanf-unbounded-string
    int n = std::sscanf(text.c_str(), "%d.%d-%s", &major, &minor, tag);
    // ok: c-scanf-unbounded-string
    n = std::sscanf(text.c_str(), "%d.%d-%15s", &major, &minor, tag);
    return n;
}
