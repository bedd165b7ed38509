#include <cstdio>
#include <fstream>
#include <string>

std::string temp_report_path() {
    // ruleid: c-insecure-temp-file
    const char *name = std::tmpnam(nullptr);
    return name ? name : "";
}

std::FILE *scratch() {
    // ok: c-insecure-temp-file
    return std::tmpfile();
}
