/*
 * TCP echo server, the C payload of the Linux-guest baseline: every byte a client sends comes back
 * to it. One thread, poll(2) over the listening socket and up to MAX_CLIENTS connections;
 * TCP_NODELAY on each so a small reply leaves at once (RFC 1122 §4.2.3.4 lets Nagle hold it back
 * while earlier data is unacknowledged, which would measure the delayed-ACK timer, not the server).
 *
 * usage: echo-server PORT
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

int main(int argc, char **argv) {
    int port = argc == 2 ? atoi(argv[1]) : 0;
    if (port <= 0 || port > 65535) {
        fprintf(stderr, "usage: echo-server PORT (1-65535), got %s\n", argc == 2 ? argv[1] : "no argument");
        return 2;
    }
    int listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = htons(port), .sin_addr.s_addr = htonl(INADDR_ANY)};
    if (listener < 0 || bind(listener, (struct sockaddr *)&address, sizeof address) != 0 || listen(listener, 128) != 0) {
        perror("echo-server: listen");
        return 1;
    }
    printf("echo-server: listening on port %d\n", port);
    fflush(stdout);

    static struct pollfd fds[MAX_CLIENTS + 1];
    fds[0] = (struct pollfd){.fd = listener, .events = POLLIN};
    nfds_t count = 1;
    static char buffer[65536];
    for (;;) {
        if (poll(fds, count, -1) < 0) {
            if (errno == EINTR) continue;
            perror("echo-server: poll");
            return 1;
        }
        for (nfds_t i = count; i-- > 1;) {
            if (fds[i].revents == 0) continue;
            ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0 || write_all(fds[i].fd, buffer, n) != 0) {
                close(fds[i].fd);
                fds[i] = fds[--count]; /* i counts down, so the moved entry was already served */
            }
        }
        if (fds[0].revents & POLLIN) {
            int client = accept4(listener, NULL, NULL, SOCK_CLOEXEC);
            if (client < 0) continue;
            if (count > MAX_CLIENTS) {
                close(client);
                continue;
            }
            setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            fds[count++] = (struct pollfd){.fd = client, .events = POLLIN};
        }
    }
}
