/*
 * floor-entry.S: the floor guest's PVH entry (Xen's x86/HVM direct boot ABI, as the image's
 * boot-image/…/pvh.S uses it). QEMU -kernel finds the entry in the ELF note
 * XEN_ELFNOTE_PHYS32_ENTRY and jumps there in 32-bit protected mode, paging off, flat segments,
 * %ebx = the physical address of struct hvm_start_info, interrupts off (they stay off: the guest
 * polls).
 *
 * Clears .bss, identity-maps the first GiB with 2 MiB pages (the guest touches nothing above:
 * its code, data and rings are in the first MiBs, and the NIC is reached through I/O ports),
 * enters long mode (Intel SDM Vol. 3A §10.8.5), enables SSE (gcc may use it for copies) and calls
 * floor_main(start_info).
 */
#define XEN_ELFNOTE_PHYS32_ENTRY 18
#define HVM_START_MAGIC 0x336ec578

        .section .note.Xen, "a", @note
        .p2align 2
        .long 4                         /* namesz: "Xen\0" */
        .long 8                         /* descsz: an ELF64 address */
        .long XEN_ELFNOTE_PHYS32_ENTRY
        .asciz "Xen"
        .p2align 2
        .quad floor_start32
        .p2align 2

        .section .text.entry, "ax"
        .code32
        .globl floor_start32
floor_start32:
        cli
        cld
        movl %ebx, %esi
        cmpl $HVM_START_MAGIC, (%ebx)
        jne 9f

        movl $__bss_start, %edi         /* .bss, 8-byte aligned at both ends (floor.ld) */
        movl $__bss_end, %ecx
        subl %edi, %ecx
        shrl $2, %ecx
        xorl %eax, %eax
        rep stosl

        movl $(floor_pdpt + 0x03), floor_pml4   /* present, writable */
        movl $(floor_pd + 0x03), floor_pdpt
        movl $0x83, %eax                /* 2 MiB page, present, writable */
        xorl %ecx, %ecx
1:      movl %eax, floor_pd(, %ecx, 8)
        addl $0x200000, %eax
        incl %ecx
        cmpl $512, %ecx
        jb 1b

        movl $floor_pml4, %eax
        movl %eax, %cr3
        movl %cr4, %eax
        orl $0x620, %eax                /* PAE, OSFXSR, OSXMMEXCPT */
        movl %eax, %cr4
        movl $0xc0000080, %ecx          /* EFER.LME */
        rdmsr
        orl $0x100, %eax
        wrmsr
        movl %cr0, %eax
        andl $~0x4, %eax                /* EM off */
        orl $0x80010023, %eax           /* PG, WP, NE, MP, PE */
        movl %eax, %cr0
        lgdt floor_gdt_desc
        ljmp $0x08, $2f

/* No start info: no command line to read the address from. Status 120, as the image's stub. */
9:      movb $120, %al
        outb %al, $0xf4
8:      hlt
        jmp 8b

        .code64
2:      movl $0x10, %eax
        movl %eax, %ds
        movl %eax, %es
        movl %eax, %ss
        xorl %eax, %eax
        movl %eax, %fs
        movl %eax, %gs
        movq $floor_stack_top, %rsp
        xorl %ebp, %ebp
        fninit
        movl %esi, %edi
        call floor_main
3:      hlt
        jmp 3b

        .section .rodata
        .p2align 3
floor_gdt:
        .quad 0
        .quad 0x00af9a000000ffff        /* 0x08: 64-bit code */
        .quad 0x00cf92000000ffff        /* 0x10: data */
floor_gdt_end:
floor_gdt_desc:
        .word floor_gdt_end - floor_gdt - 1
        .long floor_gdt

        .section .bss
        .p2align 12
floor_pml4:
        .skip 4096
floor_pdpt:
        .skip 4096
floor_pd:
        .skip 4096
        .skip 64 * 1024
floor_stack_top:

        .section .note.GNU-stack, "", @progbits
