/*
 * ukl_process.h: the process platform's raw Linux system calls (x86-64: number in rax, arguments
 * in rdi, rsi, rdx, r10, r8, r9; rcx and r11 clobbered; -errno in rax on failure). The runtime
 * has no libc: every system call the process makes is one of these, so the seccomp filter
 * (seccomp.c) lists exactly what the code can do.
 */
#ifndef UKL_PROCESS_H
#define UKL_PROCESS_H

#include <stdint.h>

enum {
    UKL_SYS_read = 0,
    UKL_SYS_write = 1,
    UKL_SYS_mmap = 9,
    UKL_SYS_rt_sigaction = 13,
    UKL_SYS_rt_sigreturn = 15,
    UKL_SYS_ioctl = 16,
    UKL_SYS_sigaltstack = 131,
    UKL_SYS_prctl = 157,
    UKL_SYS_clock_gettime = 228,
    UKL_SYS_exit_group = 231,
    UKL_SYS_openat = 257,
    UKL_SYS_ppoll = 271,
    UKL_SYS_seccomp = 317,
    UKL_SYS_getrandom = 318,
};

static inline long ukl_syscall(long nr, long a, long b, long c, long d, long e, long f) {
    long ret;
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}

struct ukl_timespec {
    int64_t tv_sec;
    int64_t tv_nsec;
};

/* The tap device opened from ukl.tap=<name> before main (process.c); -1 without one. */
extern int32_t ukl_tap_fd;

/* ppoll for input on fd_a and fd_b (-1: not watched) for nanos (< 0: no limit): bit 0 fd_a, bit 1 fd_b. */
int32_t ukl_process_wait_input(int32_t fd_a, int32_t fd_b, int64_t nanos);

/* faults.c: SIGSEGV, SIGBUS, SIGFPE and SIGILL print the Java stack and exit 128 + the signal. */
void ukl_process_catch_faults(void);

/* seccomp.c: the SIGSYS handler, then the filter; fails the process with a message if it cannot. */
void ukl_process_confine(void);

#endif
