#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CLEAR_SCREEN "clear"
#define RM "rm -f"

int convert(const char *input, const char *output) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "ps2pdf %s %s", input, output);
    // ruleid: c-command-injection
    return system(cmd);
}

int ping_host(const char *host) {
    char *cmd = NULL;
    if (asprintf(&cmd, "ping -c 1 %s", host) < 0) return -1;
    // ruleid: c-command-injection
    FILE *p = popen(cmd, "r");
    free(cmd);
    return p ? pclose(p) : -1;
}

void run_hook(const char *hook) {
    // ruleid: c-command-injection
    execl("/bin/sh", "sh", "-c", hook, (char *)NULL);
}

void constant_commands(void) {
    // ok: c-command-injection
    system("sync");
    // ok: c-command-injection
    system(CLEAR_SCREEN);
    // ok: c-command-injection
    system(RM " /var/tmp/app-*.lock");
    // ok: c-command-injection
    FILE *p = popen("uname -a", "r");
    if (p) pclose(p);
    // ok: c-command-injection
    execl("/bin/sh", "sh", "-c", "exit 0", (char *)NULL);
}

int ping_safely(const char *host) {
    pid_t pid = fork();
    if (pid == 0) {
        // ok: c-command-injection
        execlp("ping", "ping", "-c", "1", host, (char *)NULL);
        _exit(127);
    }
    return pid > 0 ? 0 : -1;
}
