/* Spool directory handling for a print queue: temporary files are created atomically. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct job {
    int fd;
    char path[PATH_MAX];
};

int job_create(struct job *job, const char *spool_dir) {
    int n = snprintf(job->path, sizeof job->path, "%s/job.XXXXXX", spool_dir);
    if (n < 0 || (size_t)n >= sizeof job->path) return -ENAMETOOLONG;
    job->fd = mkstemp(job->path);
    if (job->fd < 0) return -errno;
    if (fchmod(job->fd, S_IRUSR | S_IWUSR) != 0) {
        close(job->fd);
        unlink(job->path);
        return -errno;
    }
    return 0;
}

int make_workdir(char *out, size_t out_size) {
    char tmpl[] = "/tmp/printq.XXXXXX";
    if (mkdtemp(tmpl) == NULL) return -errno;
    int n = snprintf(out, out_size, "%s", tmpl);
    return (n < 0 || (size_t)n >= out_size) ? -ENAMETOOLONG : 0;
}

FILE *scratch_buffer(void) {
    return tmpfile();
}

int job_name(const struct job *job, char *name, size_t name_size) {
    const char *base = strrchr(job->path, '/');
    base = base ? base + 1 : job->path;
    size_t len = strlen(base);
    if (len >= name_size) return -1;
    memcpy(name, base, len + 1);
    return 0;
}

int list_jobs(const char *spool_dir, void (*visit)(const char *name)) {
    DIR *d = opendir(spool_dir);
    if (d == NULL) return -errno;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        char name[NAME_MAX + 1];
        size_t len = strnlen(e->d_name, sizeof name);
        if (len >= sizeof name || strncmp(e->d_name, "job.", 4) != 0) continue;
        memcpy(name, e->d_name, len);
        name[len] = '\0';
        visit(name);
    }
    closedir(d);
    return 0;
}
