#include <cstdint>
#include <iostream>
#include <vector>

constexpr int kTile = 16;
#define CHANNELS 4

class Bitmap {
public:
    Bitmap(int width, int height) : width_(width), height_(height) {
        // ruleid: cpp-new-array-size-overflow
        pixels_ = new std::uint32_t[width * height];
        // ruleid: cpp-new-array-size-overflow
        alpha_ = new std::uint8_t[static_cast<std::size_t>(width_) * height_ * CHANNELS];
        // ok: cpp-new-array-size-overflow
        tile_ = new std::uint32_t[kTile * kTile];
        // ok: cpp-new-array-size-overflow
        row_ = new std::uint32_t[width + 1];
    }

    void resize_rows(int rows, int cols) {
        delete[] grid_;
        // ruleid: cpp-new-array-size-overflow
        grid_ = new float[(rows + 2) * (cols + 2)];
    }

    // Tainted: dimensions read from std::cin, reported at high confidence with the path.
    void load() {
        std::size_t rows;
        std::size_t cols;
        std::cin >> rows >> cols;
        delete[] grid_;
        // ruleid: cpp-new-array-size-overflow
        grid_ = new float[rows * cols];
    }

    void stripes(int count) {
        /* One count times a constant: cpp-new-array-count-overflow (low confidence). */
        // ok: cpp-new-array-size-overflow
        stripes_ = new int[count * CHANNELS];
    }

private:
    int width_;
    int height_;
    std::uint32_t *pixels_ = nullptr;
    std::uint8_t *alpha_ = nullptr;
    std::uint32_t *tile_ = nullptr;
    std::uint32_t *row_ = nullptr;
    float *grid_ = nullptr;
    int *stripes_ = nullptr;
};
