/*
 * PID 1 of the Linux-guest baseline: brings the guest from the kernel to a listening server, says
 * so on the console, and powers off when the server ends. Static, so the initramfs needs no libc
 * for it (the payload brings its own if it needs one).
 *
 * The initramfs it runs from holds (written by ukl.bench.linux.Initramfs):
 *   /ukl/modules.list   module names, one a line, in load order (dependencies first)
 *   /lib/modules/NAME.ko
 *   /ukl/payload        the payload's argv, each element ended by a NUL byte; argv[0] is absolute
 * and the kernel command line carries ukl_ip=A.B.C.D/LEN, which the kernel hands to init as an
 * environment variable (an unknown parameter with '=' and no '.', Documentation/admin-guide/
 * kernel-parameters.rst, "init=").
 *
 * Console protocol (what ukl.bench.linux.RunningGuest reads):
 *   ukl-guest: ready S.mmm s after boot     a TCP socket listens; S.mmm is CLOCK_BOOTTIME
 *   ukl-guest: payload exited with status N
 *   ukl-guest: error: WHAT: STRERROR        then power off
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_ARGS 256
#define PAYLOAD_SIZE 65536

static void say(const char *format, ...) {
    char line[512];
    va_list args;
    va_start(args, format);
    int n = vsnprintf(line, sizeof line - 1, format, args);
    va_end(args);
    if (n < 0) return;
    if (n > (int)sizeof line - 2) n = sizeof line - 2;
    line[n++] = '\n';
    (void)!write(STDOUT_FILENO, line, n);
}

/* reboot(2): POWER_OFF needs ACPI; if the kernel cannot, a reset ends QEMU too (-no-reboot). */
static _Noreturn void power_off(void) {
    sync();
    reboot(RB_POWER_OFF);
    reboot(RB_AUTOBOOT);
    for (;;) pause();
}

static _Noreturn void fail(const char *what) {
    say("ukl-guest: error: %s: %s", what, strerror(errno));
    power_off();
}

static void mount_or_fail(const char *type, const char *target) {
    mkdir(target, 0755);
    if (mount(type, target, type, 0, NULL) != 0 && errno != EBUSY) fail(target);
}

/* finit_module(2): the kernel reads and links the file itself; no /sbin/insmod needed. */
static void load_modules(void) {
    FILE *list = fopen("/ukl/modules.list", "r");
    if (list == NULL) fail("/ukl/modules.list");
    char name[128];
    while (fgets(name, sizeof name, list) != NULL) {
        name[strcspn(name, "\r\n")] = '\0';
        if (name[0] == '\0') continue;
        char path[192];
        snprintf(path, sizeof path, "/lib/modules/%s.ko", name);
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0) fail(path);
        if (syscall(SYS_finit_module, fd, "", 0) != 0 && errno != EEXIST) fail(path);
        close(fd);
    }
    fclose(list);
}

static void set_address(int sock, const char *interface, unsigned long request, in_addr_t address, const char *what) {
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    strncpy(ifr.ifr_name, interface, IFNAMSIZ - 1);
    struct sockaddr_in *sin = (struct sockaddr_in *)&ifr.ifr_addr;
    sin->sin_family = AF_INET;
    sin->sin_addr.s_addr = address;
    if (ioctl(sock, request, &ifr) != 0) fail(what);
}

static void bring_up(int sock, const char *interface) {
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    strncpy(ifr.ifr_name, interface, IFNAMSIZ - 1);
    if (ioctl(sock, SIOCGIFFLAGS, &ifr) != 0) fail(interface);
    ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
    if (ioctl(sock, SIOCSIFFLAGS, &ifr) != 0) fail(interface);
}

/* netdevice(7): address, then netmask (setting the address resets the mask to the classful one),
 * then up; bringing eth0 up installs the connected route for its subnet. */
static void configure_network(void) {
    const char *spec = getenv("ukl_ip");
    if (spec == NULL) {
        errno = EINVAL;
        fail("no ukl_ip=A.B.C.D/LEN on the kernel command line");
    }
    char address[32];
    snprintf(address, sizeof address, "%s", spec);
    char *slash = strchr(address, '/');
    int length = slash == NULL ? 32 : atoi(slash + 1);
    if (slash != NULL) *slash = '\0';
    struct in_addr ip;
    if (inet_aton(address, &ip) == 0 || length < 1 || length > 32) {
        errno = EINVAL;
        fail("ukl_ip is not A.B.C.D/LEN");
    }
    int sock = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (sock < 0) fail("socket");
    bring_up(sock, "lo");
    set_address(sock, "eth0", SIOCSIFADDR, ip.s_addr, "eth0 address (no virtio-net NIC?)");
    set_address(sock, "eth0", SIOCSIFNETMASK, htonl(0xffffffffu << (32 - length)), "eth0 netmask");
    bring_up(sock, "eth0");
    close(sock);
}

/* The payload's argv from /ukl/payload: NUL-terminated strings, in order. */
static char **read_payload(void) {
    static char buffer[PAYLOAD_SIZE];
    static char *argv[MAX_ARGS + 1];
    int fd = open("/ukl/payload", O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail("/ukl/payload");
    ssize_t size = read(fd, buffer, sizeof buffer - 1);
    if (size <= 0) fail("/ukl/payload is empty");
    close(fd);
    int argc = 0;
    for (char *p = buffer; p < buffer + size && argc < MAX_ARGS; p += strlen(p) + 1) argv[argc++] = p;
    argv[argc] = NULL;
    return argv;
}

/* A TCP socket in state LISTEN (0A, include/net/tcp_states.h) in /proc/net/tcp or tcp6: the
 * payload accepts connections. IPv4 and IPv6, since a JVM binds a dual-stack IPv6 socket. */
static int someone_listens(void) {
    static const char *const tables[] = {"/proc/net/tcp", "/proc/net/tcp6"};
    for (unsigned i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        FILE *table = fopen(tables[i], "r");
        if (table == NULL) continue;
        char line[256];
        int found = 0;
        if (fgets(line, sizeof line, table) != NULL) { /* header */
            char state[8];
            while (!found && fgets(line, sizeof line, table) != NULL) {
                found = sscanf(line, "%*s %*s %*s %7s", state) == 1 && strcmp(state, "0A") == 0;
            }
        }
        fclose(table);
        if (found) return 1;
    }
    return 0;
}

static double seconds_since_boot(void) {
    struct timespec now;
    clock_gettime(CLOCK_BOOTTIME, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

int main(void) {
    mount_or_fail("proc", "/proc");
    mount_or_fail("sysfs", "/sys");
    mount_or_fail("devtmpfs", "/dev");
    load_modules();
    configure_network();
    char **argv = read_payload();
    static char *const environment[] = {"PATH=/usr/bin:/bin", "HOME=/", NULL};

    /* PID 1 must not exit (the kernel panics), so the payload runs as a child. */
    pid_t payload = fork();
    if (payload < 0) fail("fork");
    if (payload == 0) {
        execve(argv[0], argv, environment);
        say("ukl-guest: error: %s: %s", argv[0], strerror(errno));
        _exit(127);
    }
    int status;
    int ready = 0;
    const struct timespec tick = {0, 2 * 1000 * 1000};
    for (;;) {
        pid_t ended = waitpid(-1, &status, ready ? 0 : WNOHANG);
        if (ended == payload) break;
        if (ended > 0 || (ended < 0 && errno == EINTR)) continue; /* an orphan reparented to us */
        if (ended < 0) fail("waitpid");
        if (someone_listens()) {
            say("ukl-guest: ready %.3f s after boot", seconds_since_boot());
            ready = 1;
        } else {
            nanosleep(&tick, NULL);
        }
    }
    say("ukl-guest: payload exited with status %d",
        WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    power_off();
}
