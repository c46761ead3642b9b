/*
 * trap_entry.S: entry stubs for the 32 CPU exception vectors (Intel SDM Vol. 3A §7.15).
 *
 * The CPU pushes ss, rsp, rflags, cs, rip and, for some vectors, an error code; each stub pushes
 * a zero error code where the CPU does not, then the vector, so that every frame has one shape
 * (struct trap_frame in traps.c). The common path saves the general registers and calls
 * ukl_trap, which panics: exceptions are never resumed.
 */
        .code64
        .section .text.traps, "ax"

.macro TRAP vector, cpu_pushes_error
        .p2align 4
trap_\vector:
        .if \cpu_pushes_error == 0
        pushq $0
        .endif
        pushq $\vector
        jmp trap_common
.endm

/* Vectors with an error code: #DF 8, #TS 10, #NP 11, #SS 12, #GP 13, #PF 14, #AC 17, #CP 21,
 * #VC 29, #SX 30 (SDM Vol. 3A Table 7-1). */
TRAP 0, 0
TRAP 1, 0
TRAP 2, 0
TRAP 3, 0
TRAP 4, 0
TRAP 5, 0
TRAP 6, 0
TRAP 7, 0
TRAP 8, 1
TRAP 9, 0
TRAP 10, 1
TRAP 11, 1
TRAP 12, 1
TRAP 13, 1
TRAP 14, 1
TRAP 15, 0
TRAP 16, 0
TRAP 17, 1
TRAP 18, 0
TRAP 19, 0
TRAP 20, 0
TRAP 21, 1
TRAP 22, 0
TRAP 23, 0
TRAP 24, 0
TRAP 25, 0
TRAP 26, 0
TRAP 27, 0
TRAP 28, 0
TRAP 29, 1
TRAP 30, 1
TRAP 31, 0

trap_common:
        pushq %rax
        pushq %rbx
        pushq %rcx
        pushq %rdx
        pushq %rsi
        pushq %rdi
        pushq %rbp
        pushq %r8
        pushq %r9
        pushq %r10
        pushq %r11
        pushq %r12
        pushq %r13
        pushq %r14
        pushq %r15
        movq %rsp, %rdi
        andq $-16, %rsp                 /* SysV ABI: 16-byte aligned at the call */
        call ukl_trap
1:      hlt
        jmp 1b

        .section .rodata.traps, "a"
        .p2align 3
        .globl ukl_trap_stubs
ukl_trap_stubs:
        .irp vector, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        .quad trap_\vector
        .endr

/* No executable stack (GNU ld warns otherwise). */
        .section .note.GNU-stack, "", @progbits
