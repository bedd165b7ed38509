#include <cstring>
#include <string>
#include <vector>

std::vector<std::string> split(std::string text) {
    std::vector<std::string> out;
    // ruleid: c-strtok
    char *tok = std::strtok(&text[0], " ");
    while (tok != nullptr) {
        out.emplace_back(tok);
        // ok: c-strtok
        tok = std::strtok(nullptr, " ");
    }
    return out;
}

std::vector<std::string> split_safe(const std::string &text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        // ok: c-strtok
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}
