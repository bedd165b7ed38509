#include <cstring>

void make_key(const char *prefix, const char *id) {
    char key[48] = {0};
    // ruleid: cpp-strcat-fixed-buffer
    strncat(key, prefix, sizeof key - strlen(key) - 1);
    // ok: cpp-strcat-fixed-buffer
    std::strcat(key, ":");
    // ruleid: cpp-strcat-fixed-buffer
    strncat(key, id, sizeof key - strlen(key) - 1);
    use(key);
}

void wide_title(const std::wstring &name) {
    wchar_t title[32] = L"Dr. ";
    // ruleid: cpp-strcat-fixed-buffer
    std::wcscat(title, name.c_str());
    // ok: cpp-strcat-fixed-buffer
    std::wcsncat(title, name.c_str(), 31 - std::wcslen(title));
}
