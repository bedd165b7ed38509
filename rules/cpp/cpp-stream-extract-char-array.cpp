#include <fstream>
#include <iomanip>
#include <iostream>
#include <string>

int main() {
    char name[32];
    char city[16];
    int age = 0;
    std::cout << "name: ";
    // ruleid: cpp-stream-extract-char-array
    std::cin >> name;
    // ruleid: cpp-stream-extract-char-array
    std::cin >> age >> city;
    // ok: cpp-stream-extract-char-array
    std::cin >> std::setw(sizeof city) >> city;
    std::string full;
    // ok: cpp-stream-extract-char-array
    std::cin >> full;
    unsigned flags = 0x80u;
    // ok: cpp-stream-extract-char-array
    unsigned high = flags >> 4;
    std::cout << name << age << city << full << high << '\n';
    return 0;
}

void load(std::ifstream &in) {
    char key[8];
    // ruleid: cpp-stream-extract-char-array
    in >> key;
    std::cout << key;
}
