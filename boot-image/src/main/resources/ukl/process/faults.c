/*
 * faults.c: a CPU fault in the process says where it happened in Java, as a panic in the image
 * does (traps.c). SIGSEGV, SIGBUS, SIGFPE and SIGILL run a handler on a stack of their own
 * (sigaltstack: the fault may be a stack overflow past the software check) that prints the signal,
 * the faulting instruction and, for the memory faults, the address, then the Java stack from the
 * shadow frames, and exits with 128 + the signal number, what a shell reports for a process the
 * signal killed. The handlers go on before the seccomp filter: they need no system call beyond
 * write and exit_group.
 */
#include "ukl_boot.h"
#include "ukl_process.h"

void ukl_process_sigreturn(void);

static const struct {
    int number;
    const char *name;
} FAULTS[] = {
    {4, "SIGILL (illegal instruction)"},
    {7, "SIGBUS (bus error)"},
    {8, "SIGFPE (arithmetic fault)"},
    {11, "SIGSEGV (segmentation fault)"},
};
#define N_FAULTS ((int)(sizeof FAULTS / sizeof FAULTS[0]))

static uint8_t fault_stack[16384] __attribute__((aligned(16)));

static void say(const char *s, long n) {
    if (n < 0) {
        n = 0;
        while (s[n]) n++;
    }
    ukl_console_write(2, s, n);
}

static void say_hex(uint64_t v) {
    char digits[19];
    int n = sizeof digits;
    do digits[--n] = "0123456789abcdef"[v & 15]; while ((v >>= 4) != 0);
    digits[--n] = 'x';
    digits[--n] = '0';
    say(digits + n, (long)sizeof digits - n);
}

/*
 * siginfo_t (asm-generic/siginfo.h): si_addr is the pointer at offset 16. ucontext_t
 * (asm/sigcontext.h, x86-64): uc_mcontext starts at offset 40, and rip is its 17th word.
 */
static void on_fault(int sig, void *info, void *context) {
    const char *name = "a fault signal";
    for (int i = 0; i < N_FAULTS; i++) {
        if (FAULTS[i].number == sig) name = FAULTS[i].name;
    }
    uint64_t rip = *(uint64_t *)((char *)context + 40 + 16 * 8);
    say("ukl: panic: ", -1);
    say(name, -1);
    say(" at rip=", -1);
    say_hex(rip);
    if (sig == 11 || sig == 7) {
        say(" address=", -1);
        say_hex(*(uint64_t *)((char *)info + 16));
    }
    say("\n", 1);
    if (ukl_java_stack) ukl_java_stack();
    ukl_exit(128 + sig);
}

void ukl_process_catch_faults(void) {
    struct {
        void *sp;
        int flags;
        uint64_t size;
    } alt = {fault_stack, 0, sizeof fault_stack};
    if (ukl_syscall(UKL_SYS_sigaltstack, (long)&alt, 0, 0, 0, 0, 0) < 0) {
        ukl_panic("cannot give the fault handlers a stack (sigaltstack failed)");
    }
    struct {
        void (*handler)(int, void *, void *);
        unsigned long flags;
        void (*restorer)(void);
        uint64_t mask;
    } act = {on_fault, 0x4 /* SA_SIGINFO */ | 0x08000000 /* SA_ONSTACK */ | 0x04000000 /* SA_RESTORER */,
             ukl_process_sigreturn, 0};
    for (int i = 0; i < N_FAULTS; i++) {
        if (ukl_syscall(UKL_SYS_rt_sigaction, FAULTS[i].number, (long)&act, 0, 8, 0, 0) < 0) {
            ukl_panic("cannot install the fault handlers (rt_sigaction failed)");
        }
    }
}
