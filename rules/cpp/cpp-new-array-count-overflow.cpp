#include <cstddef>
#include <vector>

constexpr std::size_t kPageSize = 4096;

struct Edge {
    int from;
    int to;
};

class Graph {
public:
    explicit Graph(std::size_t edges) {
        // ruleid: cpp-new-array-count-overflow
        adjacency_ = new int[2 * edges];
        // ruleid: cpp-new-array-count-overflow
        raw_ = new char[edges * sizeof(Edge)];
        // ok: cpp-new-array-count-overflow
        page_ = new char[2 * kPageSize];
        // ok: cpp-new-array-count-overflow
        edges_ = new Edge[edges];
    }

    void grow(std::size_t rows, std::size_t cols) {
        /* Two non-constant factors: cpp-new-array-size-overflow (medium confidence). */
        // ok: cpp-new-array-count-overflow
        cells_ = new int[rows * cols * 2];
    }

private:
    int *adjacency_ = nullptr;
    char *raw_ = nullptr;
    char *page_ = nullptr;
    Edge *edges_ = nullptr;
    int *cells_ = nullptr;
};
