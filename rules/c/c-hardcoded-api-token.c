#include <stdio.h>

static const char *fetch_headers =
    // ruleid: c-hardcoded-api-token
    "Authorization: Bearer ya29.a0AfH6SMBx3kLq9vTz2mN8pQr4sUw7yZ1cD5eF\r\n";

// ruleid: c-hardcoded-api-token
static const char *aws_key_id = "AKIAZ7QW3R5T7Y9U1I3O";

static const char *service_account_json =
    "{\"type\": \"service_account\","
    // ruleid: c-hardcoded-api-token
    "\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvAIBADANBgkqhkiG9w0BAQEFAASC\\n\"}";

void usage(void) {
    // ok: c-hardcoded-api-token
    puts("set AWS_ACCESS_KEY_ID, e.g. AKIAIOSFODNN7EXAMPLE");
    // ok: c-hardcoded-api-token
    puts("token format: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    // ok: c-hardcoded-api-token
    puts("-----BEGIN PUBLIC KEY-----");
}
