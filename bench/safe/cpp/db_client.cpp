// Database access layer for an inventory service: credentials come from the environment,
// queries are parameterised, and retries use jitter from a properly seeded engine.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <libpq-fe.h>

namespace inventory {

struct DbConfig {
    std::string host;
    std::string user;
    std::string password;
    std::string dbname;
};

static std::string require_env(const char *name) {
    const char *value = std::getenv(name);
    if (value == nullptr || *value == '\0') throw std::runtime_error(std::string("missing ") + name);
    return value;
}

DbConfig config_from_env() {
    DbConfig cfg;
    cfg.host = require_env("INVENTORY_DB_HOST");
    cfg.user = require_env("INVENTORY_DB_USER");
    cfg.password = require_env("INVENTORY_DB_PASSWORD");
    cfg.dbname = "inventory";
    return cfg;
}

class Connection {
public:
    explicit Connection(const DbConfig &cfg) {
        const char *keys[] = {"host", "user", "password", "dbname", nullptr};
        const char *values[] = {cfg.host.c_str(), cfg.user.c_str(), cfg.password.c_str(),
                                cfg.dbname.c_str(), nullptr};
        conn_.reset(PQconnectdbParams(keys, values, 0));
        if (PQstatus(conn_.get()) != CONNECTION_OK) {
            std::fprintf(stderr, "connection failed: %s\n", PQerrorMessage(conn_.get()));
            throw std::runtime_error("db connect");
        }
    }

    int stock_of(const std::string &sku) {
        const char *params[] = {sku.c_str()};
        std::unique_ptr<PGresult, decltype(&PQclear)> res(
            PQexecParams(conn_.get(), "SELECT quantity FROM stock WHERE sku = $1", 1, nullptr, params,
                         nullptr, nullptr, 0),
            &PQclear);
        if (PQresultStatus(res.get()) != PGRES_TUPLES_OK || PQntuples(res.get()) != 1) return -1;
        return std::atoi(PQgetvalue(res.get(), 0, 0));
    }

private:
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn_{nullptr, &PQfinish};
};

template <typename F>
auto with_retries(F fn, int attempts) -> decltype(fn()) {
    std::mt19937 gen(std::random_device{}());
    std::uniform_int_distribution<int> jitter_ms(0, 250);
    for (int i = 1;; ++i) {
        try {
            return fn();
        } catch (const std::runtime_error &e) {
            if (i >= attempts) throw;
            std::fprintf(stderr, "attempt %d failed: %s\n", i, e.what());
            std::this_thread::sleep_for(std::chrono::milliseconds(100 * i + jitter_ms(gen)));
        }
    }
}

}  // namespace inventory
