#include <cstdlib>
#include <cstring>

struct Point {
    double x;
    double y;
};

Point *make_points(std::size_t count) {
    // ruleid: c-alloc-count-overflow
    auto *pts = static_cast<Point *>(std::malloc(count * sizeof(Point)));
    // ok: c-alloc-count-overflow
    auto *origin = static_cast<Point *>(std::calloc(count, sizeof(Point)));
    std::free(origin);
    return pts;
}

char *line_buffer(int columns) {
    // ruleid: c-alloc-count-overflow
    return static_cast<char *>(malloc(sizeof(char) * columns));
}
