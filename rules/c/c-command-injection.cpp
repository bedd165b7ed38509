#include <cstdlib>
#include <string>

class Archiver {
public:
    int compress(const std::string &path) {
        std::string command = "tar czf " + path + ".tgz " + path;
        // ruleid: c-command-injection
        return std::system(command.c_str());
    }

    int version() {
        // ok: c-command-injection
        return std::system("tar --version");
    }
};
