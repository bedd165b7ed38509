/* A CLI wrapper that converts documents by running an external program without a shell. */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static int wait_child(pid_t pid) {
    int status = 0;
    if (waitpid(pid, &status, 0) < 0) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int convert(const char *input, const char *output) {
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        char *const argv[] = {"ps2pdf", "--", (char *)input, (char *)output, NULL};
        execvp(argv[0], argv);
        _exit(127);
    }
    return wait_child(pid);
}

int compress(const char *path) {
    pid_t pid;
    char *const argv[] = {"gzip", "-k", "--", (char *)path, NULL};
    if (posix_spawnp(&pid, "gzip", NULL, NULL, argv, environ) != 0) return -1;
    return wait_child(pid);
}

int tool_version(char *out, size_t out_size) {
    FILE *p = popen("ps2pdf --version", "r");
    if (p == NULL) return -1;
    if (fgets(out, (int)out_size, p) == NULL) out[0] = '\0';
    return pclose(p);
}

int scratch_copy(const char *src_path, char *tmp_path, size_t tmp_size) {
    int n = snprintf(tmp_path, tmp_size, "/tmp/convert.XXXXXX");
    if (n < 0 || (size_t)n >= tmp_size) return -1;
    int fd = mkstemp(tmp_path);
    if (fd < 0) return -1;
    FILE *in = fopen(src_path, "rb");
    if (in == NULL) {
        close(fd);
        unlink(tmp_path);
        return -1;
    }
    char buf[4096];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, in)) > 0) {
        if (write(fd, buf, got) != (ssize_t)got) break;
    }
    fclose(in);
    close(fd);
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s INPUT OUTPUT\n", argv[0]);
        return 2;
    }
    char version[128];
    if (tool_version(version, sizeof version) == 0) fputs(version, stdout);
    int rc = convert(argv[1], argv[2]);
    if (rc != 0) fprintf(stderr, "conversion failed: %d\n", rc);
    return rc == 0 ? compress(argv[2]) : 1;
}
