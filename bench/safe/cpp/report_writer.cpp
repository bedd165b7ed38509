// Writes CSV reports into fixed-size record buffers shared with a C library.
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

extern "C" {
struct c_record {
    char name[32];
    char city[24];
    int age;
};
}

class ReportWriter {
public:
    explicit ReportWriter(std::FILE *out) : out_(out) {}

    void row(const char *fmt, ...) {
        char line[256];
        va_list ap;
        va_start(ap, fmt);
        int n = std::vsnprintf(line, sizeof line, fmt, ap);
        va_end(ap);
        if (n < 0) return;
        std::fputs(line, out_);
        std::fputc('\n', out_);
    }

    static bool fill(c_record &rec, const std::string &name, const std::string &city, int age) {
        if (name.size() >= sizeof rec.name || city.size() >= sizeof rec.city) return false;
        std::memcpy(rec.name, name.c_str(), name.size() + 1);
        std::memcpy(rec.city, city.c_str(), city.size() + 1);
        rec.age = age;
        return true;
    }

    void write_all(const std::vector<c_record> &recs) {
        row("%s,%s,%s", "name", "city", "age");
        for (const auto &r : recs) row("%.*s,%.*s,%d", 31, r.name, 23, r.city, r.age);
    }

    std::string summary(std::size_t count) const {
        char buf[64];
        int n = std::snprintf(buf, sizeof buf, "%zu records", count);
        return std::string(buf, n > 0 && static_cast<std::size_t>(n) < sizeof buf ? n : 0);
    }

private:
    std::FILE *out_;
};
