/*
 * start.S: the process platform's entry. Linux starts a static executable at _start with rsp at
 * argc, then argv[], NULL, envp[], NULL, auxv (System V x86-64 ABI §3.4.1); the C side takes that
 * address and never returns.
 */
    .text
    .globl _start
    .type _start, @function
_start:
    xor %ebp, %ebp              /* the outermost frame, for debuggers */
    mov %rsp, %rdi
    and $-16, %rsp              /* the ABI wants rsp 16-aligned at a call */
    call ukl_process_start
    ud2

/* sa_restorer of the SIGSYS handler (x86-64 signal frames require one); that handler exits. */
    .globl ukl_process_sigreturn
    .type ukl_process_sigreturn, @function
ukl_process_sigreturn:
    mov $15, %eax               /* rt_sigreturn */
    syscall
    ud2

    .section .note.GNU-stack, "", @progbits
