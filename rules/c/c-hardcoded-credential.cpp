#include <cstdlib>
#include <string>

struct OAuthClient {
    std::string client_id;
    std::string client_secret;
};

class Settings {
public:
    Settings() {
        // ruleid: c-hardcoded-credential
        client_.client_secret = "test_client_secret_42";
        // ok: c-hardcoded-credential
        client_.client_id = "dashboard";
    }

    std::string password() const {
        // ruleid: c-hardcoded-credential
        std::string password = "password";
        // ok: c-hardcoded-credential
        const char *from_env = std::getenv("APP_PASSWORD");
        return from_env ? from_env : password;
    }

private:
    OAuthClient client_;
    std::string cached_;
};
