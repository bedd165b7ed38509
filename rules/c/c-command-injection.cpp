#include <cstdlib>
#include <iostream>
#include <string>

class Archiver {
public:
    int compress(const std::string &path) {
        std::string command = "tar czf " + path + ".tgz " + path;
        // ruleid: c-command-injection
        return std::system(command.c_str());
    }

    // Tainted: read from std::cin, reported at high confidence with the path.
    int interactive() {
        std::string name;
        std::getline(std::cin, name);
        std::string command = "tar czf " + name + ".tgz " + name;
        // ruleid: c-command-injection
        return std::system(command.c_str());
    }

    int version() {
        // ok: c-command-injection
        return std::system("tar --version");
    }
};
