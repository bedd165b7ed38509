#include <stdlib.h>
#include <string.h>

/* #define lines cannot carry a marker (the fixture reader takes "#" for a comment); this one is
 * not reported: the macro names an environment variable. */
#define PASSWORD_ENV "APP_DB_PASSWORD"

struct db_config {
    const char *host;
    const char *user;
    const char *password;
    char api_key[64];
};

// ruleid: c-hardcoded-credential
static const char *jwt_secret = "k9Xq2vL0pT7w";
// ok: c-hardcoded-credential
static const char *password_prompt = "Password: ";

static struct db_config defaults = {
    .host = "localhost",
    .user = "app",
    // ruleid: c-hardcoded-credential
    .password = "hunter2",
};

void configure(struct db_config *cfg) {
    // ruleid: c-hardcoded-credential
    cfg->password = "admin123";
    // ruleid: c-hardcoded-credential
    strcpy(cfg->api_key, "9f8e7d6c5b4a39281706");
    // ok: c-hardcoded-credential
    cfg->password = getenv(PASSWORD_ENV);
    // ok: c-hardcoded-credential
    cfg->password = "";
    // ok: c-hardcoded-credential
    cfg->user = "app";
}

void local_secrets(void) {
    /* A PEM private key: reported by c-hardcoded-api-token instead. */
    // ok: c-hardcoded-credential
    char private_key[] = "-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASC";
    // ok: c-hardcoded-credential
    const char *private_key_path = "/etc/app/key.pem";
    // ok: c-hardcoded-credential
    const char *secret_file = "/run/secrets/app";
    // ok: c-hardcoded-credential
    const char *password_error = "Password is incorrect";
    use(private_key, private_key_path, secret_file, password_error);
}
