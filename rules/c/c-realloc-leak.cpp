#include <cstdlib>

class Buffer {
public:
    bool reserve(std::size_t n) {
        // ruleid: c-realloc-leak
        data_ = static_cast<char *>(std::realloc(data_, n));
        return data_ != nullptr;
    }

    bool reserve_safely(std::size_t n) {
        // ok: c-realloc-leak
        void *p = std::realloc(data_, n);
        if (p == nullptr) return false;
        data_ = static_cast<char *>(p);
        return true;
    }

private:
    char *data_ = nullptr;
};
