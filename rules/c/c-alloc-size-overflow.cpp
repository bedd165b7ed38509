#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <vector>

namespace gfx {

const int kTileWidth = 32;
const int kTileHeight = 32;

class Surface {
public:
    Surface(int width, int height) : width_(width), height_(height) {
        // ruleid: c-alloc-size-overflow
        data_ = static_cast<std::uint32_t *>(std::malloc(width_ * height_ * sizeof(std::uint32_t)));
        // ok: c-alloc-size-overflow
        tile_ = static_cast<std::uint32_t *>(std::malloc(kTileWidth * kTileHeight * sizeof(std::uint32_t)));
    }

    // Tainted: dimensions read from std::cin, reported at high confidence with the path.
    void resize_from_input() {
        int w;
        int h;
        std::cin >> w >> h;
        // ruleid: c-alloc-size-overflow
        data_ = static_cast<std::uint32_t *>(std::malloc(w * h * sizeof(std::uint32_t)));
    }

    std::vector<std::uint32_t> copy() const {
        // ok: c-alloc-size-overflow
        return std::vector<std::uint32_t>(data_, data_ + width_ * height_);
    }

private:
    int width_;
    int height_;
    std::uint32_t *data_;
    std::uint32_t *tile_;
};

}  // namespace gfx
