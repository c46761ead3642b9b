/*
 * seccomp.c: confinement, as a Nabla container is confined (Williams et al., "Say Goodbye to
 * Virtualization for a Safer Cloud", HotCloud '18): before main the process installs a seccomp
 * filter (seccomp(2), SECCOMP_SET_MODE_FILTER; no_new_privs first, as the kernel requires of an
 * unprivileged filter) that allows the system calls below and traps every other one. The trap
 * (SECCOMP_RET_TRAP) raises SIGSYS, whose handler prints "ukl: forbidden system call N" and the
 * Java stack, then exits with status 159 (128 + SIGSYS, what a shell reports for a process that
 * SIGSYS killed). SECCOMP_RET_KILL_PROCESS would end it without a word.
 *
 * ALLOWED is the one list: the toolchain reads it from this file for the link report
 * (ukl.boot.Target.systemCalls). A non-x86-64 system call (the i386 ABI through int 0x80, whose
 * numbers differ) is killed outright.
 */
#include "ukl_boot.h"
#include "ukl_process.h"

static const struct {
    int32_t nr;
    const char *name;
} ALLOWED[] = {
    {0, "read"},            /* standard input, frames from the tap */
    {1, "write"},           /* standard output and error, frames to the tap */
    {228, "clock_gettime"}, /* the clock (no vDSO without libc) */
    {231, "exit_group"},    /* exit */
    {271, "ppoll"},         /* idle until the tap or standard input is readable, or a deadline */
    {318, "getrandom"},     /* entropy for UUID.randomUUID and SecureRandom (Libc.getrandom) */
};
#define N_ALLOWED ((int)(sizeof ALLOWED / sizeof ALLOWED[0]))

struct sock_filter {
    uint16_t code;
    uint8_t jt, jf;
    uint32_t k;
};

struct sock_fprog {
    uint16_t len;
    struct sock_filter *filter;
};

#define LD_ABS_W 0x20 /* BPF_LD | BPF_W | BPF_ABS */
#define JEQ_K 0x15    /* BPF_JMP | BPF_JEQ | BPF_K */
#define RET_K 0x06    /* BPF_RET | BPF_K */
#define AUDIT_ARCH_X86_64 0xc000003eu
#define RET_KILL_PROCESS 0x80000000u
#define RET_TRAP 0x00030000u
#define RET_ALLOW 0x7fff0000u
#define SIGSYS 31

void ukl_process_sigreturn(void);

static void say(const char *s) {
    long n = 0;
    while (s[n]) n++;
    ukl_console_write(2, s, n);
}

/* siginfo_t of SIGSYS (asm-generic/siginfo.h): si_syscall is the int at offset 24. */
static void on_sigsys(int sig, void *info, void *context) {
    (void)sig;
    (void)context;
    int32_t nr = *(int32_t *)((char *)info + 24);
    char digits[12];
    int n = sizeof digits - 1;
    digits[n] = 0;
    uint32_t v = nr < 0 ? (uint32_t)-nr : (uint32_t)nr;
    do digits[--n] = (char)('0' + v % 10); while ((v /= 10) != 0);
    if (nr < 0) digits[--n] = '-';
    say("ukl: forbidden system call ");
    say(digits + n);
    say(" (seccomp): the process platform allows only");
    for (int i = 0; i < N_ALLOWED; i++) {
        say(" ");
        say(ALLOWED[i].name);
    }
    say("\n");
    if (ukl_java_stack) ukl_java_stack();
    ukl_exit(128 + SIGSYS);
}

static void install_handler(void) {
    struct {
        void (*handler)(int, void *, void *);
        unsigned long flags;
        void (*restorer)(void);
        uint64_t mask;
    } act = {on_sigsys, 0x4 /* SA_SIGINFO */ | 0x04000000 /* SA_RESTORER */, ukl_process_sigreturn, 0};
    long r = ukl_syscall(UKL_SYS_rt_sigaction, SIGSYS, (long)&act, 0, 8, 0, 0);
    if (r < 0) ukl_panic("cannot install the SIGSYS handler (rt_sigaction failed)");
}

void ukl_process_confine(void) {
    static struct sock_filter filter[N_ALLOWED + 6];
    int n = 0;
    filter[n++] = (struct sock_filter){LD_ABS_W, 0, 0, 4}; /* seccomp_data.arch */
    filter[n++] = (struct sock_filter){JEQ_K, 0, (uint8_t)(N_ALLOWED + 3), AUDIT_ARCH_X86_64};
    filter[n++] = (struct sock_filter){LD_ABS_W, 0, 0, 0}; /* seccomp_data.nr */
    for (int i = 0; i < N_ALLOWED; i++) {
        filter[n++] = (struct sock_filter){JEQ_K, (uint8_t)(N_ALLOWED - i), 0, (uint32_t)ALLOWED[i].nr};
    }
    filter[n++] = (struct sock_filter){RET_K, 0, 0, RET_TRAP};
    filter[n++] = (struct sock_filter){RET_K, 0, 0, RET_ALLOW};
    filter[n++] = (struct sock_filter){RET_K, 0, 0, RET_KILL_PROCESS};
    install_handler();
    if (ukl_syscall(UKL_SYS_prctl, 38 /* PR_SET_NO_NEW_PRIVS */, 1, 0, 0, 0, 0) < 0) {
        ukl_panic("cannot set no_new_privs (prctl), which a seccomp filter needs");
    }
    struct sock_fprog prog = {(uint16_t)n, filter};
    if (ukl_syscall(UKL_SYS_seccomp, 1 /* SECCOMP_SET_MODE_FILTER */, 0, (long)&prog, 0, 0, 0) < 0) {
        ukl_panic("cannot install the seccomp filter (seccomp(2) failed): is the kernel built with CONFIG_SECCOMP_FILTER?");
    }
}
