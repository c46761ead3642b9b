/*
 * TCP echo server, the C payload of the Linux-guest baseline: every byte a client sends comes back
 * to it. One thread, poll(2) over the listening socket and up to MAX_CLIENTS connections;
 * TCP_NODELAY on each so a small reply leaves at once (RFC 1122 §4.2.3.4 lets Nagle hold it back
 * while earlier data is unacknowledged, which would measure the delayed-ACK timer, not the server).
 *
 * With a second port it also serves RFC 865's quote of the day there: one fixed line, then the
 * server closes first, so that a peer can drive a connection of this host's through FIN-WAIT,
 * CLOSING and TIME-WAIT (the packet-level conformance suite does).
 *
 * usage: echo-server PORT [QUOTE_PORT]
 */
#define _GNU_SOURCE
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_CLIENTS 1024
#define FIRST_CLIENT 2 /* fds[0] listens for echo clients, fds[1] for quote clients */

static const char QUOTE[] = "A system call should cost a procedure call.\r\n";

/* Writes all of data; the socket is blocking, so a slow reader only delays this server. */
static int write_all(int fd, const char *data, ssize_t size) {
    while (size > 0) {
        ssize_t n = write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        data += n;
        size -= n;
    }
    return 0;
}

/* A listening socket on port, or -1 after saying why. */
static int listen_on(int port) {
    int listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = htons(port), .sin_addr.s_addr = htonl(INADDR_ANY)};
    if (listener < 0 || bind(listener, (struct sockaddr *)&address, sizeof address) != 0 || listen(listener, 128) != 0) {
        perror("echo-server: listen");
        return -1;
    }
    return listener;
}

int main(int argc, char **argv) {
    int port = argc >= 2 ? atoi(argv[1]) : 0;
    int quote_port = argc == 3 ? atoi(argv[2]) : 0;
    if (argc > 3 || port <= 0 || port > 65535 || quote_port < 0 || quote_port > 65535) {
        fprintf(stderr, "usage: echo-server PORT [QUOTE_PORT] (1-65535), got %s\n", argc >= 2 ? argv[1] : "no argument");
        return 2;
    }
    int one = 1;
    int listener = listen_on(port);
    int quotes = quote_port > 0 ? listen_on(quote_port) : -1;
    if (listener < 0 || (quote_port > 0 && quotes < 0)) {
        return 1;
    }
    printf("echo-server: listening on port %d\n", port);
    fflush(stdout);

    static struct pollfd fds[FIRST_CLIENT + MAX_CLIENTS];
    fds[0] = (struct pollfd){.fd = listener, .events = POLLIN};
    fds[1] = (struct pollfd){.fd = quotes, .events = POLLIN}; /* poll skips a negative fd */
    nfds_t count = FIRST_CLIENT;
    static char buffer[65536];
    for (;;) {
        if (poll(fds, count, -1) < 0) {
            if (errno == EINTR) continue;
            perror("echo-server: poll");
            return 1;
        }
        for (nfds_t i = count; i-- > FIRST_CLIENT;) {
            if (fds[i].revents == 0) continue;
            ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0 || write_all(fds[i].fd, buffer, n) != 0) {
                close(fds[i].fd);
                fds[i] = fds[--count]; /* i counts down, so the moved entry was already served */
            }
        }
        if (fds[1].revents & POLLIN) {
            int client = accept4(quotes, NULL, NULL, SOCK_CLOEXEC);
            if (client >= 0) {
                write_all(client, QUOTE, sizeof QUOTE - 1);
                close(client);
            }
        }
        if (fds[0].revents & POLLIN) {
            int client = accept4(listener, NULL, NULL, SOCK_CLOEXEC);
            if (client < 0) continue;
            if (count >= FIRST_CLIENT + MAX_CLIENTS) {
                close(client);
                continue;
            }
            setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            fds[count++] = (struct pollfd){.fd = client, .events = POLLIN};
        }
    }
}
