/*
 * bare.S: the smallest PVH image, for QEMU's own start-up as a reference (scripts/boottime --bare):
 * its first instruction exits through isa-debug-exit (status 0, QEMU's exit code 1).
 *   gcc -c bare.S && ld -m elf_x86_64 -Ttext=0x100000 -e _start -o bare.elf bare.o
 */
#define XEN_ELFNOTE_PHYS32_ENTRY 18
        .section .note.Xen, "a", @note
        .p2align 2
        .long 4, 8, XEN_ELFNOTE_PHYS32_ENTRY
        .asciz "Xen"
        .p2align 2
        .quad _start

        .text
        .code32
        .globl _start
_start:
        movb $0, %al
        outb %al, $0xf4
1:      hlt
        jmp 1b
