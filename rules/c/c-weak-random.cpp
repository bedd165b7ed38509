#include <algorithm>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

std::string generate_api_key() {
    std::string key;
    for (int i = 0; i < 32; ++i) {
        // ruleid: c-weak-random
        key.push_back("0123456789abcdef"[std::rand() % 16]);
    }
    return key;
}

class Deck {
public:
    void shuffle() {
        std::random_device rd;
        std::mt19937 gen(rd());
        // ok: c-weak-random
        std::shuffle(cards_.begin(), cards_.end(), gen);
    }

private:
    std::vector<int> cards_;
};
