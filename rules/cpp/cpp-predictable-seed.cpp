#include <random>
#include <string>

class IdGenerator {
public:
    std::string next() {
        std::uniform_int_distribution<int> digit(0, 9);
        std::string id;
        for (int i = 0; i < 12; ++i) id.push_back(static_cast<char>('0' + digit(engine_)));
        return id;
    }

private:
    // ruleid: cpp-predictable-seed
    std::mt19937 engine_ = std::mt19937(1357);
};

int roll() {
    // ruleid: cpp-predictable-seed
    static std::mt19937 gen(42);
    // ruleid: cpp-predictable-seed
    auto engine = std::default_random_engine{};
    // ok: cpp-predictable-seed
    std::mt19937 seeded(std::random_device{}());
    // ok: cpp-predictable-seed
    auto fresh = std::mt19937{std::random_device{}()};
    // ruleid: cpp-predictable-seed
    std::default_random_engine replay(12345 /* seed */);
    std::uniform_int_distribution<int> d6(1, 6);
    return d6(gen) + d6(engine) + d6(seeded) + d6(fresh) + d6(replay);
}

unsigned sample(unsigned seed) {
    // ok: cpp-predictable-seed
    std::minstd_rand gen(seed);
    return gen();
}
