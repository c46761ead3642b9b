/*
 * trap_entry.S: entry stubs for the 32 CPU exception vectors (Intel SDM Vol. 3A §7.15) and the
 * 16 legacy PIC interrupts (vectors 32-47, see traps.c).
 *
 * The CPU pushes ss, rsp, rflags, cs, rip and, for some vectors, an error code; each stub pushes
 * a zero error code where the CPU does not, then the vector, so that every frame has one shape
 * (struct trap_frame in traps.c). The common path saves the general registers and calls
 * ukl_trap, which panics, except for a page fault on a thread's stack page that it has just
 * mapped (stacks.c): then the registers come back and iretq runs the faulting instruction again.
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
        movq %rsp, %rbx                 /* callee-saved: the frame, after the call */
        andq $-16, %rsp                 /* SysV ABI: 16-byte aligned at the call */
        /* The interrupted code's x87/SSE state: ukl_trap's C (memset, the runtime's refill) may
         * use xmm registers, and a resolved page fault returns into code that holds values there
         * (SDM Vol. 1 §10.5, FXSAVE: a 512-byte, 16-byte-aligned area). */
        subq $512, %rsp
        fxsave64 (%rsp)
        call ukl_trap
        fxrstor64 (%rsp)
        movq %rbx, %rsp
        popq %r15
        popq %r14
        popq %r13
        popq %r12
        popq %r11
        popq %r10
        popq %r9
        popq %r8
        popq %rbp
        popq %rdi
        popq %rsi
        popq %rdx
        popq %rcx
        popq %rbx
        popq %rax
        addq $16, %rsp                  /* the vector and the error code */
        iretq

/*
 * IRQ 0-15. Interrupts are enabled only inside ukl_idle's `sti; hlt` (traps.c), so the handler
 * only has to make that hlt return: it masks the line that fired and sends the PIC its EOI
 * (8259A data sheet: OCW1, OCW2 non-specific EOI; a slave line needs it at both PICs). Masking
 * matters for a PCI INTx line: it is level-triggered and stays asserted until the driver reads
 * the device's ISR status (VirtIO 1.1 §4.1.4.5), which the kernel does after the wake-up, in its
 * polling loop. Only rax and rcx are touched; iretq restores the flags.
 */
.macro IRQ line
        .p2align 4
irq_\line:
        pushq $\line
        jmp irq_common
.endm

        .irp line, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
        IRQ \line
        .endr

irq_common:
        pushq %rax
        pushq %rcx
        movl 16(%rsp), %ecx             /* the line */
        cmpl $8, %ecx
        jae 1f
        inb $0x21, %al                  /* master mask register */
        btsl %ecx, %eax
        outb %al, $0x21
        jmp 2f
1:      subl $8, %ecx
        inb $0xa1, %al                  /* slave mask register */
        btsl %ecx, %eax
        outb %al, $0xa1
        movb $0x20, %al                 /* EOI to the slave */
        outb %al, $0xa0
2:      movb $0x20, %al                 /* EOI to the master */
        outb %al, $0x20
        popq %rcx
        popq %rax
        addq $8, %rsp                   /* the line */
        iretq

        .section .rodata.traps, "a"
        .p2align 3
        .globl ukl_trap_stubs
ukl_trap_stubs:
        .irp vector, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        .quad trap_\vector
        .endr
        .globl ukl_irq_stubs
ukl_irq_stubs:
        .irp line, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
        .quad irq_\line
        .endr

/* No executable stack (GNU ld warns otherwise). */
        .section .note.GNU-stack, "", @progbits
