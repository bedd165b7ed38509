// Command-line front end of a log search tool.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Options {
    std::string pattern;
    std::vector<std::string> files;
    char label[16] = "search";
    bool ignore_case = false;
};

bool parse_args(int argc, char **argv, Options &opts) {
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "-i") {
            opts.ignore_case = true;
        } else if (arg == "--label" && i + 1 < argc) {
            std::snprintf(opts.label, sizeof opts.label, "%s", argv[++i]);
        } else if (opts.pattern.empty()) {
            opts.pattern = arg;
        } else {
            opts.files.push_back(arg);
        }
    }
    return !opts.pattern.empty();
}

std::vector<std::string> split_words(const std::string &line) {
    std::istringstream in(line);
    std::vector<std::string> words;
    std::string w;
    while (in >> w) words.push_back(w);
    return words;
}

std::size_t count_matches(std::istream &in, const Options &opts) {
    std::size_t hits = 0;
    std::string line;
    while (std::getline(in, line)) {
        for (const auto &w : split_words(line)) {
            if (w.find(opts.pattern) != std::string::npos) ++hits;
        }
    }
    return hits;
}

}  // namespace

int main(int argc, char **argv) {
    Options opts;
    if (!parse_args(argc, argv, opts)) {
        std::fprintf(stderr, "usage: %s [-i] [--label NAME] PATTERN [FILE...]\n", argv[0]);
        return 2;
    }
    char prefix[8];
    std::cout << "prefix (max 7 chars): ";
    std::cin >> std::setw(sizeof prefix) >> prefix;
    std::size_t total = 0;
    if (opts.files.empty()) {
        total = count_matches(std::cin, opts);
    } else {
        for (const auto &path : opts.files) {
            std::ifstream f(path);
            if (!f) {
                std::fprintf(stderr, "%s: cannot open %s\n", opts.label, path.c_str());
                continue;
            }
            total += count_matches(f, opts);
        }
    }
    std::printf("%s%s: %zu matches\n", prefix, opts.label, total);
    return total > 0 ? 0 : 1;
}
