#include <cstdlib>
#include <cstring>
#include <string>

class Record {
public:
    void set_name(const char *name) {
        std::free(name_);
        name_ = (char *)std::malloc(std::strlen(name) + 1);
        if (name_ != nullptr) {
            // ok: c-strlen-alloc-off-by-one
            fill_from(name);
        }
        // ruleid: c-strlen-alloc-off-by-one
        std::strcpy(name_, name);
    }

    void set_label(const std::string &label) {
        delete[] label_;
        label_ = new char[label.size() + 1];
        // ok: c-strlen-alloc-off-by-one
        std::strcpy(label_, label.c_str());
    }

private:
    void fill_from(const char *) {}
    char *name_ = nullptr;
    char *label_ = nullptr;
};

char *clone(const char *text) {
    char *out = static_cast<char *>(std::malloc(std::strlen(text) + 1));
    // ok: c-strlen-alloc-off-by-one
    std::strcpy(out, text);
    return out;
}
