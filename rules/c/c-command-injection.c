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

/* Tainted: a command built from argv, stdin or a socket is reported at high confidence, with the path. */
int main(int argc, char *argv[]) {
    char cmd[512];
    char target[128];
    snprintf(cmd, sizeof cmd, "ps2pdf %s out.pdf", argv[1]);
    // ruleid: c-command-injection
    system(cmd);
    if (fgets(target, sizeof target, stdin) == NULL) return 1;
    target[strcspn(target, "\n")] = '\0';
    char line[256];
    strcpy(line, "ping -c 1 ");
    strcat(line, target);
    // ruleid: c-command-injection
    return system(line);
}

void remote_hook(int sock) {
    char hook[256];
    ssize_t n = read(sock, hook, sizeof hook - 1);
    if (n <= 0) return;
    hook[n] = '\0';
    // ruleid: c-command-injection
    execl("/bin/sh", "sh", "-c", hook, (char *)NULL);
}

void from_argument_count(int argc) {
    char cmd[64];
    snprintf(cmd, sizeof cmd, "sleep %d", atoi("3") + argc);
    // ruleid: c-command-injection (not from a source: reported at the rule's confidence)
    system(cmd);
}
