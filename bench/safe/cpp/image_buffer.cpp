// Decoded image storage for a thumbnail service: sizes are validated before allocating.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <stdexcept>
#include <vector>

namespace thumbs {

constexpr std::uint32_t kMaxDimension = 16384;
constexpr std::size_t kChannels = 4;

class Image {
public:
    Image(std::uint32_t width, std::uint32_t height) : width_(width), height_(height) {
        if (width == 0 || height == 0 || width > kMaxDimension || height > kMaxDimension)
            throw std::invalid_argument("bad image size");
        std::size_t pixels = 0;
        std::size_t bytes = 0;
        if (__builtin_mul_overflow(static_cast<std::size_t>(width), height, &pixels) ||
            __builtin_mul_overflow(pixels, kChannels, &bytes))
            throw std::length_error("image too large");
        data_.resize(bytes);
        row_ = std::make_unique<std::uint8_t[]>(width * kChannels);
    }

    void set_row(std::uint32_t y, const std::uint8_t *src, std::size_t len) {
        const std::size_t stride = static_cast<std::size_t>(width_) * kChannels;
        if (y >= height_ || len != stride) throw std::out_of_range("row");
        std::memcpy(data_.data() + y * stride, src, len);
    }

    std::vector<std::uint8_t> header() const {
        std::uint8_t hdr[8];
        std::memcpy(hdr, &width_, sizeof width_);
        std::memcpy(hdr + 4, &height_, sizeof height_);
        return std::vector<std::uint8_t>(hdr, hdr + sizeof hdr);
    }

private:
    std::uint32_t width_;
    std::uint32_t height_;
    std::vector<std::uint8_t> data_;
    std::unique_ptr<std::uint8_t[]> row_;
};

std::uint8_t *alloc_planes(std::size_t count, std::size_t plane_size) {
    return static_cast<std::uint8_t *>(std::calloc(count, plane_size));
}

}  // namespace thumbs
