#include <memory>
#include <string>
#include <vector>

struct Connection {
    explicit Connection(const std::string &host);
    void close();
};

// ruleid: cpp-auto-ptr
typedef std::unique_ptr<Connection> ConnectionPtr;

class Pool {
public:
    // ruleid: cpp-auto-ptr
    std::unique_ptr<Connection> open(const std::string &host) {
        // ruleid: cpp-auto-ptr
        std::unique_ptr<Connection> conn(new Connection(host));
        return conn;
    }

    void adopt(Connection *raw) {
        // ruleid: cpp-auto-ptr
        spare_ = std::unique_ptr<Connection>(raw);
    }

    std::unique_ptr<Connection> open_safely(const std::string &host) {
        // ok: cpp-auto-ptr
        return std::unique_ptr<Connection>(new Connection(host));
    }

    // ok: cpp-auto-ptr
    std::shared_ptr<Connection> shared(const std::string &host) { return std::make_shared<Connection>(host); }

private:
    ConnectionPtr spare_;
    // ok: cpp-auto-ptr
    std::vector<std::unique_ptr<Connection>> idle_;
};
