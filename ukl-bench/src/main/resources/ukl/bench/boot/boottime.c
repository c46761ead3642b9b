/*
 * boottime.c: one boot of a guest, timed from the host (scripts/boottime compiles and runs it).
 *
 *   boottime [-p HOST PORT] [-i MICROS] [-l LOG] -- qemu-system-x86_64 ARGS...
 *
 * Spawns QEMU with its standard output and error on a pipe, and prints one line of milliseconds
 * since the spawn (CLOCK_MONOTONIC, taken just before fork):
 *
 *   first_byte_ms F echo_ms E exit_ms X status S cpu_ms C
 *
 * F: the first byte QEMU or the guest wrote (-1: none); E: with -p, the first byte a TCP server at
 * HOST:PORT echoed (-1: none); X: QEMU's exit (-1: still running, then killed); S: its exit code;
 * C: QEMU's user + system CPU time. With -p it probes: a new non-blocking connect every MICROS
 * µs (default 50000, as often as the benchmark's client re-sends a SYN), each kept for 200 ms, and
 * sooner again after a refusal (1 ms); the first to connect sends 'u' and waits for it back. The
 * guest's output, one line each with its arrival time, goes to LOG. After the echo it reads the
 * guest's output for 300 ms more (the boot trace comes right after the first send), then kills
 * QEMU by its PID. Without -p it waits for QEMU to exit (at most 20 s).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_PROBES 256
#define PROBE_LIFE_NS 200000000LL
#define REFUSED_RETRY_NS 1000000LL
#define LINGER_NS 300000000LL
#define TIMEOUT_NS 20000000000LL

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static double cpu_ms(const struct rusage *ru) {
    return (ru->ru_utime.tv_sec + ru->ru_stime.tv_sec) * 1e3 + (ru->ru_utime.tv_usec + ru->ru_stime.tv_usec) / 1e3;
}

static double ms(int64_t t, int64_t t0) { return t < 0 ? -1 : (t - t0) / 1e6; }

struct probe {
    int fd;
    int64_t started;
    int sent;
};

int main(int argc, char **argv) {
    const char *host = NULL, *log = NULL;
    int port = 0;
    int64_t interval = 50000000;
    int i = 1;
    for (; i < argc && strcmp(argv[i], "--") != 0; i++) {
        if (!strcmp(argv[i], "-p") && i + 2 < argc) {
            host = argv[++i];
            port = atoi(argv[++i]);
        } else if (!strcmp(argv[i], "-i") && i + 1 < argc) {
            interval = atol(argv[++i]) * 1000LL;
        } else if (!strcmp(argv[i], "-l") && i + 1 < argc) {
            log = argv[++i];
        } else {
            fprintf(stderr, "usage: boottime [-p HOST PORT] [-i MICROS] [-l LOG] -- QEMU ARGS...\n");
            return 2;
        }
    }
    if (i + 1 >= argc) {
        fprintf(stderr, "boottime: no QEMU command after --\n");
        return 2;
    }
    char **qemu = argv + i + 1;
    struct sockaddr_in to = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    if (host && inet_pton(AF_INET, host, &to.sin_addr) != 1) {
        fprintf(stderr, "boottime: %s is not an IPv4 address\n", host);
        return 2;
    }
    FILE *lf = log ? fopen(log, "w") : NULL;
    int out[2];
    if (pipe2(out, O_CLOEXEC) < 0) return perror("pipe"), 1;
    int64_t t0 = now_ns();
    pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], 1);
        dup2(out[1], 2);
        int devnull = open("/dev/null", O_RDONLY);
        dup2(devnull, 0);
        execvp(qemu[0], qemu);
        _exit(127);
    }
    close(out[1]);
    fcntl(out[0], F_SETFL, O_NONBLOCK);
    int64_t t_first = -1, t_echo = -1, t_exit = -1, last_start = 0;
    double cpu = -1;
    int status = 0, eof = 0, np = 0, linelen = 0;
    struct probe ps[MAX_PROBES];
    char line[4096];
    for (;;) {
        int64_t now = now_ns();
        if (now - t0 > TIMEOUT_NS) {
            fprintf(stderr, "boottime: gave up after %lld s\n", (long long)(TIMEOUT_NS / 1000000000));
            break;
        }
        if (host && t_echo < 0 && now - last_start >= interval && np < MAX_PROBES) {
            int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            connect(fd, (struct sockaddr *)&to, sizeof to);
            ps[np++] = (struct probe){fd, now, 0};
            last_start = now;
        }
        struct pollfd pf[MAX_PROBES + 1];
        int n = 0, base = eof ? 0 : 1;
        if (!eof) pf[n++] = (struct pollfd){.fd = out[0], .events = POLLIN};
        for (int k = 0; k < np; k++) pf[n++] = (struct pollfd){.fd = ps[k].fd, .events = ps[k].sent ? POLLIN : POLLOUT};
        int wait_ms = 5;
        if (host && t_echo < 0) {
            int64_t left = interval - (now_ns() - last_start);
            wait_ms = left <= 0 ? 0 : left / 1000000 + 1 < 5 ? (int)(left / 1000000 + 1) : 5;
        }
        poll(pf, n, wait_ms);
        int64_t t = now_ns();
        if (!eof && pf[0].revents) {
            char b[4096];
            ssize_t r = read(out[0], b, sizeof b);
            if (r > 0) {
                if (t_first < 0) t_first = t;
                for (ssize_t k = 0; k < r; k++) {
                    if (b[k] == '\n' || linelen == (int)sizeof line - 1) {
                        line[linelen] = 0;
                        if (lf) fprintf(lf, "%8.3f %s\n", ms(t, t0), line);
                        linelen = 0;
                    } else {
                        line[linelen++] = b[k];
                    }
                }
            } else if (r == 0) {
                eof = 1;
            }
        }
        for (int k = 0; k < np && t_echo < 0; k++) {
            short re = pf[base + k].revents;
            if (!re) {
                if (t - ps[k].started > PROBE_LIFE_NS) {
                    close(ps[k].fd);
                    ps[k].fd = -1;
                }
                continue;
            }
            if (!ps[k].sent) {
                int err = 0;
                socklen_t len = sizeof err;
                getsockopt(ps[k].fd, SOL_SOCKET, SO_ERROR, &err, &len);
                if (err || (re & (POLLERR | POLLHUP))) { /* refused: the stack is up, the port not yet */
                    close(ps[k].fd);
                    ps[k].fd = -1;
                    if (t - last_start < interval - REFUSED_RETRY_NS) last_start = t - interval + REFUSED_RETRY_NS;
                    continue;
                }
                char u = 'u';
                if (write(ps[k].fd, &u, 1) == 1) ps[k].sent = 1;
            } else {
                char c;
                if (read(ps[k].fd, &c, 1) == 1 && c == 'u') t_echo = t;
                close(ps[k].fd);
                ps[k].fd = -1;
            }
        }
        int w = 0;
        for (int k = 0; k < np; k++) {
            if (ps[k].fd >= 0) ps[w++] = ps[k];
        }
        np = w;
        if (t_exit < 0) {
            struct rusage ru;
            if (wait4(pid, &status, WNOHANG, &ru) == pid) {
                t_exit = t;
                cpu = cpu_ms(&ru);
            }
        }
        if (host ? t_echo >= 0 && now_ns() - t_echo > LINGER_NS : t_exit >= 0) break;
        if (host && t_exit >= 0 && eof) break; /* QEMU ended before an echo */
    }
    for (int k = 0; k < np; k++) close(ps[k].fd);
    if (t_exit < 0) {
        struct rusage ru;
        kill(pid, SIGKILL);
        wait4(pid, &status, 0, &ru);
        cpu = cpu_ms(&ru);
    }
    if (lf) {
        if (linelen) {
            line[linelen] = 0;
            fprintf(lf, "%8.3f %s\n", ms(now_ns(), t0), line);
        }
        fclose(lf);
    }
    printf("first_byte_ms %.2f echo_ms %.2f exit_ms %.2f status %d cpu_ms %.1f\n", ms(t_first, t0), ms(t_echo, t0),
           ms(t_exit, t0), WIFEXITED(status) ? WEXITSTATUS(status) : -1, cpu);
    return t_echo >= 0 || (!host && t_exit >= 0) ? 0 : 1;
}
