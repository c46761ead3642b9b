/*
 * latency-client.c: the benchmark's client in C, compiled at benchmark time, so that what it
 * measures is the server and the network, not a client JVM's JIT and collector. It speaks the
 * same line protocol as LatencyClient.java (one command a line on standard input, one answer a
 * line, "ready" first):
 *
 *   probe HOST PORT DEADLINE_MS
 *       connects again and again until a one-byte message comes back (a new attempt every
 *       PROBE_EVERY_MS, the earlier ones still pending: see connect_first); answers
 *       "ok <CLOCK_MONOTONIC ns of that byte>" (the clock HotSpot's System.nanoTime reads, one
 *       clock for every process on the host).
 *   measure HOST PORT SIZE CONNECTIONS WARMUP REQUESTS SECONDS FILE
 *       opens the connections; on each, in its own thread, a closed loop: send a message, read
 *       the whole echo, check every byte, time it. The first WARMUP round trips of each
 *       connection are not recorded; recording stops at REQUESTS in all, or after SECONDS.
 *       Writes the round trips (ns, big-endian 64-bit) to FILE; answers "ok <count>".
 *   uprobe HOST PORT DEADLINE_MS
 *       the same over UDP: sends a one-byte datagram every UDP_PROBE_MS until it comes back.
 *   umeasure HOST PORT SIZE CONNECTIONS WARMUP REQUESTS SECONDS FILE
 *       the same over UDP, a connected socket per "connection": send one datagram of SIZE bytes,
 *       wait for its echo. A datagram not echoed within UDP_RESEND_MS is counted as lost and the
 *       round trip starts again with a new one (its time is not recorded); each datagram carries
 *       a sequence number, so a late echo of a lost one is told apart and ignored. Answers
 *       "ok <count> <lost>" (lost counts the warm-up too: a loss is a loss).
 *
 * Errors answer "fail <reason>".
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define PROBE_EVERY_MS 5      /* a new connection attempt this often until one connects */
#define PROBE_IN_FLIGHT 16    /* attempts pending at once; the oldest gives way to a new one */
#define PROBE_PAUSE_NS 1000000L /* a booting Linux guest refuses until its server listens */
#define READ_TIMEOUT_MS 10000 /* a server silent for this long is hung: the run fails */
#define MAX_CONNECTIONS 1024
#define UDP_PROBE_MS 5        /* a booting guest drops datagrams until its NIC is up: send again */
#define UDP_RESEND_MS 100     /* an echo later than this is counted lost, and the next datagram goes */
#define UDP_MAX_LOST 100      /* in a row, on one connection: the server is gone (10 s) */
#define UDP_MAX_SIZE 65507    /* RFC 768 over IPv4: 65535 - 8 - 20 */

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static char failure[8192];

static int fail(const char *what, const char *detail) {
    snprintf(failure, sizeof failure, "%s: %s", what, detail);
    return -1;
}

static int address(const char *host, int port, struct sockaddr_in *to) {
    memset(to, 0, sizeof *to);
    to->sin_family = AF_INET;
    to->sin_port = htons((uint16_t)port);
    if (inet_pton(AF_INET, host, &to->sin_addr) != 1) return fail(host, "not an IPv4 address");
    return 0;
}

/* Waits up to ms for events on fd; 1 when ready, 0 on timeout, -1 on error. */
static int wait_for(int fd, short events, int ms) {
    struct pollfd p = {.fd = fd, .events = events};
    int r;
    do r = poll(&p, 1, ms); while (r < 0 && errno == EINTR);
    return r;
}

/* A non-blocking TCP socket with TCP_NODELAY, its connect to to under way, or -1 (errno set). */
static int start_connect(const struct sockaddr_in *to) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (fd < 0) return -1;
    int one = 1;
    /* RFC 1122 §4.2.3.4: Nagle would hold a request behind the last one's ACK */
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, (const struct sockaddr *)to, sizeof *to) < 0 && errno != EINPROGRESS) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

/* The outcome of start_connect's attempt once poll said it is done: 0 connected, else the errno. */
static int connect_error(int fd) {
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) return errno;
    return err;
}

static void make_blocking(int fd) {
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
}

/* A connected, blocking TCP socket with TCP_NODELAY, or -1 (errno set) within ms. */
static int connect_within(const struct sockaddr_in *to, int ms) {
    int fd = start_connect(to);
    if (fd < 0) return -1;
    if (wait_for(fd, POLLOUT, ms) <= 0) {
        close(fd);
        errno = ETIMEDOUT;
        return -1;
    }
    int err = connect_error(fd);
    if (err != 0) {
        close(fd);
        errno = err;
        return -1;
    }
    make_blocking(fd);
    return fd;
}

/*
 * The first of many connection attempts to connect, as a blocking socket, or -1 at the deadline
 * with last saying why the latest attempt failed. A SYN sent while the booting guest's NIC is not
 * up yet is lost, and the host's TCP sends it again only after a second; waiting out one attempt
 * at a time made the boot figure up to one attempt's timeout late. So a new attempt starts every
 * PROBE_EVERY_MS while the earlier ones stay pending (PROBE_IN_FLIGHT of them; the oldest gives
 * way), and a refusal (the guest is up, its server not listening yet) lets the next one start
 * PROBE_PAUSE_NS later. The attempts that lose are closed.
 */
static int connect_first(const struct sockaddr_in *to, int64_t deadline, char *last, size_t last_size) {
    struct pollfd pending[PROBE_IN_FLIGHT];
    int count = 0;
    int winner = -1;
    int64_t next = now_ns();
    for (int64_t now; winner < 0 && (now = now_ns()) < deadline;) {
        if (now >= next) {
            if (count == PROBE_IN_FLIGHT) {
                close(pending[0].fd);
                memmove(pending, pending + 1, --count * sizeof *pending);
            }
            int fd = start_connect(to);
            if (fd < 0) {
                snprintf(last, last_size, "%s", strerror(errno));
                next = now + PROBE_PAUSE_NS;
            } else {
                pending[count++] = (struct pollfd){.fd = fd, .events = POLLOUT};
                next = now + PROBE_EVERY_MS * 1000000L;
            }
        }
        int64_t until = next < deadline ? next : deadline;
        int ms = (int)((until - now_ns() + 999999) / 1000000);
        int ready = poll(pending, count, ms > 0 ? ms : 0);
        if (ready <= 0) continue;
        for (int i = 0; i < count;) {
            if (pending[i].revents == 0) {
                i++;
                continue;
            }
            int fd = pending[i].fd;
            int err = connect_error(fd);
            if (err == 0 && winner < 0) {
                winner = fd;
            } else {
                close(fd);
                if (err != 0) {
                    snprintf(last, last_size, "%s", strerror(err));
                    int64_t pause = now_ns() + PROBE_PAUSE_NS;
                    if (pause < next) next = pause;
                }
            }
            memmove(pending + i, pending + i + 1, (--count - i) * sizeof *pending);
        }
    }
    for (int i = 0; i < count; i++) close(pending[i].fd);
    if (winner >= 0) make_blocking(winner);
    return winner;
}

static int probe(const char *host, int port, long deadline_ms, int64_t *at) {
    struct sockaddr_in to;
    if (address(host, port, &to) < 0) return -1;
    int64_t deadline = now_ns() + deadline_ms * 1000000L;
    char last[128] = "none";
    while (now_ns() < deadline) {
        int fd = connect_first(&to, deadline, last, sizeof last);
        if (fd < 0) break;
        char u = 'u';
        int left = (int)((deadline - now_ns()) / 1000000);
        if (write(fd, &u, 1) == 1 && wait_for(fd, POLLIN, left > 1 ? left : 1) > 0) {
            char echo;
            ssize_t n = read(fd, &echo, 1);
            int64_t t = now_ns();
            close(fd);
            if (n == 1 && echo == 'u') {
                *at = t;
                return 0;
            }
            if (n == 1) {
                snprintf(failure, sizeof failure, "probe of %s:%d got %d back instead of 'u' (117)", host, port, echo);
                return -1;
            }
            snprintf(last, sizeof last, "%s", n == 0 ? "closed" : strerror(errno));
            continue;
        }
        snprintf(last, sizeof last, "no echo yet");
        close(fd);
    }
    snprintf(failure, sizeof failure, "no echo from %s:%d within %ld ms (last error: %s)", host, port, deadline_ms,
             last);
    return -1;
}

/* A UDP socket connected to to (so that only its datagrams arrive), or -1 with errno set. */
static int udp_socket(const struct sockaddr_in *to) {
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0) return -1;
    if (connect(fd, (const struct sockaddr *)to, sizeof *to) < 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

static int uprobe(const char *host, int port, long deadline_ms, int64_t *at) {
    struct sockaddr_in to;
    if (address(host, port, &to) < 0) return -1;
    int fd = udp_socket(&to);
    if (fd < 0) return fail("uprobe socket", strerror(errno));
    int64_t deadline = now_ns() + deadline_ms * 1000000L;
    char last[128] = "no echo";
    while (now_ns() < deadline) {
        char u = 'u';
        /* ECONNREFUSED: an ICMP port unreachable came back (the server is not bound yet) */
        if (send(fd, &u, 1, 0) < 0) snprintf(last, sizeof last, "%s", strerror(errno));
        int64_t until = now_ns() + UDP_PROBE_MS * 1000000L;
        for (int64_t now; (now = now_ns()) < until && now < deadline;) {
            if (wait_for(fd, POLLIN, (int)((until - now) / 1000000) + 1) <= 0) continue;
            char echo[16];
            ssize_t n = recv(fd, echo, sizeof echo, 0);
            int64_t t = now_ns();
            if (n == 1 && echo[0] == 'u') {
                close(fd);
                *at = t;
                return 0;
            }
            if (n < 0) {
                snprintf(last, sizeof last, "%s", strerror(errno));
                break;
            }
        }
    }
    close(fd);
    snprintf(failure, sizeof failure, "no UDP echo from %s:%d within %ld ms (last error: %s)", host, port,
             deadline_ms, last);
    return -1;
}

/* The round trips of all connections: each claims a slot, so the total never exceeds the bound. */
static struct {
    int64_t *samples;
    int requests;
    int next;
    int64_t deadline;
} recorder;

static int over(void) {
    return __atomic_load_n(&recorder.next, __ATOMIC_RELAXED) >= recorder.requests || now_ns() >= recorder.deadline;
}

/* Records one round trip; 0 when the run is over (count or time). */
static int record(int64_t nanos) {
    int slot = __atomic_fetch_add(&recorder.next, 1, __ATOMIC_RELAXED);
    if (slot >= recorder.requests) return 0;
    recorder.samples[slot] = nanos;
    return slot + 1 < recorder.requests && now_ns() < recorder.deadline;
}

struct connection {
    int fd;
    int udp;
    int size;
    int warmup;
    uint64_t sequence; /* UDP: the number the next datagram carries */
    long lost;         /* UDP: datagrams not echoed within UDP_RESEND_MS */
    char *message;
    char *echo;
    pthread_barrier_t *start;
    char error[256];
};

/* One round trip: send, read the whole echo, check it; the time, or -1. */
static int64_t round_trip(struct connection *c) {
    int64_t start = now_ns();
    for (int sent = 0; sent < c->size;) {
        ssize_t n = write(c->fd, c->message + sent, (size_t)(c->size - sent));
        if (n < 0) {
            snprintf(c->error, sizeof c->error, "write: %s", strerror(errno));
            return -1;
        }
        sent += (int)n;
    }
    for (int got = 0; got < c->size;) {
        if (wait_for(c->fd, POLLIN, READ_TIMEOUT_MS) <= 0) {
            snprintf(c->error, sizeof c->error, "no echo within %d ms (%d of %d bytes)", READ_TIMEOUT_MS, got,
                     c->size);
            return -1;
        }
        ssize_t n = read(c->fd, c->echo + got, (size_t)(c->size - got));
        if (n <= 0) {
            snprintf(c->error, sizeof c->error, "the server closed the connection after %d of %d bytes", got,
                     c->size);
            return -1;
        }
        got += (int)n;
    }
    int64_t elapsed = now_ns() - start;
    if (memcmp(c->message, c->echo, (size_t)c->size) != 0) {
        snprintf(c->error, sizeof c->error, "the echo differs from the message sent (%d bytes)", c->size);
        return -1;
    }
    return elapsed;
}

/*
 * One UDP round trip: send a datagram, wait for its echo; the time, or -1 on an error. A datagram
 * whose echo is not back within UDP_RESEND_MS is counted lost and a new one (the next sequence
 * number) goes, with the clock started again; echoes of other sequence numbers (late ones of lost
 * datagrams) are ignored.
 */
static int64_t udp_round_trip(struct connection *c) {
    for (int lost_in_a_row = 0; lost_in_a_row <= UDP_MAX_LOST; lost_in_a_row++) {
        uint64_t seq = c->sequence++;
        /* the sequence number, as many of its bytes as the message holds */
        for (int k = 0; k < 8 && k < c->size; k++) c->message[k] = (char)(seq >> (8 * k));
        int64_t start = now_ns();
        if (send(c->fd, c->message, (size_t)c->size, 0) != c->size) {
            snprintf(c->error, sizeof c->error, "send: %s", strerror(errno));
            return -1;
        }
        int64_t until = start + UDP_RESEND_MS * 1000000L;
        for (int64_t now; (now = now_ns()) < until;) {
            int ms = (int)((until - now + 999999) / 1000000);
            if (wait_for(c->fd, POLLIN, ms) <= 0) continue;
            ssize_t n = recv(c->fd, c->echo, (size_t)c->size + 1, 0);
            int64_t elapsed = now_ns() - start;
            if (n < 0) {
                if (errno == ECONNREFUSED) continue; /* an ICMP error for an earlier datagram */
                snprintf(c->error, sizeof c->error, "recv: %s", strerror(errno));
                return -1;
            }
            if (n != c->size || memcmp(c->message, c->echo, (size_t)c->size) != 0) {
                int k = 0;
                while (k < 8 && k < c->size && k < n && c->echo[k] == c->message[k]) k++;
                if (k == 8 || k == c->size) {
                    snprintf(c->error, sizeof c->error, "the echo differs from the datagram sent (%d bytes, %zd back)",
                             c->size, n);
                    return -1;
                }
                continue; /* another sequence number: a late echo */
            }
            return elapsed;
        }
        c->lost++;
    }
    snprintf(c->error, sizeof c->error, "%d datagrams in a row not echoed within %d ms", UDP_MAX_LOST + 1,
             UDP_RESEND_MS);
    return -1;
}

static void *closed_loop(void *arg) {
    struct connection *c = arg;
    pthread_barrier_wait(c->start);
    for (int i = 0; i < c->warmup && !over(); i++) {
        if ((c->udp ? udp_round_trip(c) : round_trip(c)) < 0) return NULL;
    }
    while (!over()) {
        int64_t nanos = c->udp ? udp_round_trip(c) : round_trip(c);
        if (nanos < 0 || !record(nanos)) break;
    }
    return NULL;
}

static int measure(int udp, const char *host, int port, int size, int connections, int warmup, int requests,
                   double seconds, const char *file, int *count, long *lost) {
    struct sockaddr_in to;
    if (address(host, port, &to) < 0) return -1;
    if (size < 1 || connections < 1 || connections > MAX_CONNECTIONS || requests < 1)
        return fail("measure", "size, connections (at most 1024) and requests must be positive");
    if (udp && size > UDP_MAX_SIZE) return fail("umeasure", "a UDP datagram over IPv4 holds at most 65507 bytes");
    struct connection *conns = calloc((size_t)connections, sizeof *conns);
    pthread_t *threads = calloc((size_t)connections, sizeof *threads);
    recorder.samples = calloc((size_t)requests, sizeof(int64_t));
    recorder.requests = requests;
    recorder.next = 0;
    pthread_barrier_t start;
    pthread_barrier_init(&start, NULL, (unsigned)connections + 1);
    int result = 0, opened = 0;
    for (; opened < connections; opened++) {
        struct connection *c = &conns[opened];
        c->fd = udp ? udp_socket(&to) : connect_within(&to, READ_TIMEOUT_MS);
        c->udp = udp;
        if (c->fd < 0) {
            snprintf(failure, sizeof failure, "connection %d to %s:%d: %s", opened, host, port, strerror(errno));
            result = -1;
            break;
        }
        c->size = size;
        c->warmup = warmup;
        c->message = malloc((size_t)size);
        c->echo = malloc((size_t)size + 1); /* UDP: room to see a datagram longer than the one sent */
        c->start = &start;
        for (int i = 0; i < size; i++) c->message[i] = (char)('a' + (i + opened) % 26);
    }
    if (result == 0) {
        recorder.deadline = now_ns() + (int64_t)(seconds * 1e9);
        for (int i = 0; i < connections; i++) pthread_create(&threads[i], NULL, closed_loop, &conns[i]);
        pthread_barrier_wait(&start);
        for (int i = 0; i < connections; i++) pthread_join(threads[i], NULL);
        for (int i = 0; i < connections && result == 0; i++) {
            if (conns[i].error[0]) {
                snprintf(failure, sizeof failure, "connection %d to %s:%d: %s", i, host, port, conns[i].error);
                result = -1;
            }
        }
    }
    *lost = 0;
    for (int i = 0; i < opened; i++) *lost += conns[i].lost;
    if (result == 0) {
        *count = recorder.next < requests ? recorder.next : requests;
        FILE *out = fopen(file, "wb");
        if (out == NULL) {
            result = fail(file, strerror(errno));
        } else {
            for (int i = 0; i < *count; i++) {
                uint64_t v = (uint64_t)recorder.samples[i];
                unsigned char b[8];
                for (int k = 0; k < 8; k++) b[k] = (unsigned char)(v >> (56 - 8 * k));
                fwrite(b, 1, 8, out);
            }
            if (fclose(out) != 0) result = fail(file, strerror(errno));
        }
    }
    for (int i = 0; i < opened; i++) {
        close(conns[i].fd);
        free(conns[i].message);
        free(conns[i].echo);
    }
    pthread_barrier_destroy(&start);
    free(recorder.samples);
    free(threads);
    free(conns);
    return result;
}

static void answer(int ok, const char *text) {
    printf("%s %s\n", ok ? "ok" : "fail", text);
    fflush(stdout);
}

int main(void) {
    printf("ready\n");
    fflush(stdout);
    char line[4096];
    while (fgets(line, sizeof line, stdin) != NULL) {
        line[strcspn(line, "\r\n")] = 0;
        if (strcmp(line, "quit") == 0) break;
        char host[64], file[3000];
        int port, size, connections, warmup, requests;
        long deadline_ms;
        double seconds;
        char text[64];
        failure[0] = 0;
        int udp = line[0] == 'u';
        if (sscanf(line + udp, "probe %63s %d %ld", host, &port, &deadline_ms) == 3) {
            int64_t at;
            if ((udp ? uprobe(host, port, deadline_ms, &at) : probe(host, port, deadline_ms, &at)) == 0) {
                snprintf(text, sizeof text, "%lld", (long long)at);
                answer(1, text);
            } else {
                answer(0, failure);
            }
        } else if (sscanf(line + udp, "measure %63s %d %d %d %d %d %lf %2999s", host, &port, &size, &connections,
                          &warmup, &requests, &seconds, file) == 8) {
            int count = 0;
            long lost = 0;
            if (measure(udp, host, port, size, connections, warmup, requests, seconds, file, &count, &lost) == 0) {
                if (udp)
                    snprintf(text, sizeof text, "%d %ld", count, lost);
                else
                    snprintf(text, sizeof text, "%d", count);
                answer(1, text);
            } else {
                answer(0, failure);
            }
        } else {
            snprintf(failure, sizeof failure, "unknown or malformed command '%s': use probe, measure, uprobe or umeasure", line);
            answer(0, failure);
        }
    }
    return 0;
}
