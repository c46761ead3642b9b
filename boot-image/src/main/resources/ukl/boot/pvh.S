/*
 * pvh.S: PVH entry (Xen's x86/HVM direct boot ABI, xen/include/public/arch-x86/hvm/start_info.h
 * and docs/misc/pvh.pandoc), from 32-bit protected mode to long mode, then C.
 *
 * The loader (QEMU -kernel, Firecracker) finds the entry point in the ELF note
 * XEN_ELFNOTE_PHYS32_ENTRY and jumps there with paging off, flat 4 GiB cs/ds/es/ss and
 * %ebx = physical address of struct hvm_start_info. Interrupts are off; we keep them off
 * (the kernel polls).
 *
 * Here: clear .bss, identity-map the first 4 GiB with 2 MiB pages (RAM below 4 GiB plus the
 * PCI/LAPIC/IOAPIC MMIO hole; memory.c maps RAM above 4 GiB once C can read the memory map),
 * enable PAE, EFER.LME, paging (Intel SDM Vol. 3A §10.8.5 "Initializing IA-32e Mode"), SSE
 * (SDM Vol. 3A §14.1.3: CR0.EM=0, CR0.MP=1, CR4.OSFXSR, CR4.OSXMMEXCPT), and call
 * ukl_boot(start_info).
 */

#define XEN_ELFNOTE_PHYS32_ENTRY 18
#define HVM_START_MAGIC 0x336ec578

#define CR0_PE 0x00000001
#define CR0_MP 0x00000002
#define CR0_EM 0x00000004
#define CR0_NE 0x00000020
#define CR0_WP 0x00010000
#define CR0_PG 0x80000000
#define CR4_PAE 0x00000020
#define CR4_OSFXSR 0x00000200
#define CR4_OSXMMEXCPT 0x00000400
#define MSR_EFER 0xc0000080
#define EFER_LME 0x00000100

#define PTE_PRESENT_RW 0x03
#define PDE_2M (0x80 | PTE_PRESENT_RW)

/* The note's descriptor is 8 bytes (an ELF64 address), as Linux's PVH head emits it. QEMU 7.2's
 * read_pvh_start_addr() pads the name to the PT_NOTE segment's alignment, so link.ld keeps that
 * alignment at 4, the ELF note standard's. */
        .section .note.Xen, "a", @note
        .p2align 2
        .long 4                         /* namesz: "Xen\0" */
        .long 8                         /* descsz */
        .long XEN_ELFNOTE_PHYS32_ENTRY
        .asciz "Xen"
        .p2align 2
        .quad pvh_start32
        .p2align 2

        .section .text.pvh, "ax"
        .code32
        .globl pvh_start32
pvh_start32:
        cli
        cld
        rdtsc                           /* the boot trace's first milestone (trace.c) */
        movl %eax, ukl_entry_tsc
        movl %edx, ukl_entry_tsc + 4
        movl %ebx, %esi                 /* kept across the .bss clear */
        cmpl $HVM_START_MAGIC, (%ebx)
        jne no_start_info

        /* .bss and the page tables after it, 8-byte aligned at both ends (link.ld) */
        movl $__bss_start, %edi
        movl $__pagetables_end, %ecx
        subl %edi, %ecx
        shrl $2, %ecx
        xorl %eax, %eax
        rep stosl

        /* PML4[0] → PDPT; PDPT[0..3] → PD[0..3]; each PD entry maps 2 MiB. */
        movl $(boot_pdpt + PTE_PRESENT_RW), boot_pml4
        movl $(boot_pd + PTE_PRESENT_RW), %eax
        xorl %ecx, %ecx
1:      movl %eax, boot_pdpt(, %ecx, 8)
        addl $4096, %eax
        incl %ecx
        cmpl $4, %ecx
        jb 1b
        movl $PDE_2M, %eax
        xorl %ecx, %ecx
2:      movl %eax, boot_pd(, %ecx, 8)
        addl $0x200000, %eax
        incl %ecx
        cmpl $2048, %ecx
        jb 2b

        movl $boot_pml4, %eax
        movl %eax, %cr3
        movl %cr4, %eax
        orl $(CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT), %eax
        movl %eax, %cr4
        movl $MSR_EFER, %ecx
        rdmsr
        orl $EFER_LME, %eax
        wrmsr
        movl %cr0, %eax
        andl $~CR0_EM, %eax
        orl $(CR0_PE | CR0_MP | CR0_NE | CR0_WP | CR0_PG), %eax
        movl %eax, %cr0

        lgdt boot_gdt_desc
        ljmp $0x08, $start64

/* Without start info there is no memory map and no command line: say so on COM2 and stop
 * with status 120, as ukl_panic would. */
no_start_info:
        movl $no_start_info_msg, %esi
        movw $0x2f8, %dx
3:      lodsb
        testb %al, %al
        jz 4f
        outb %al, %dx
        jmp 3b
4:      movb $120, %al
        outb %al, $0xf4
5:      hlt
        jmp 5b

        .code64
start64:
        movl $0x10, %eax
        movl %eax, %ds
        movl %eax, %es
        movl %eax, %ss
        xorl %eax, %eax
        movl %eax, %fs
        movl %eax, %gs
        movq $ukl_stack_top, %rsp
        xorl %ebp, %ebp
        fninit
        movl %esi, %edi                 /* ukl_boot(struct hvm_start_info *) */
        call ukl_boot
6:      hlt
        jmp 6b

        .section .rodata.pvh, "a"
no_start_info_msg:
        .asciz "ukl: panic: no PVH start info in %ebx (boot this image with a PVH loader, e.g. qemu -kernel)\n"

        .p2align 3
boot_gdt:
        .quad 0
        .quad 0x00af9a000000ffff        /* 0x08: 64-bit code, DPL 0 */
        .quad 0x00cf92000000ffff        /* 0x10: data */
boot_gdt_end:
boot_gdt_desc:
        .word boot_gdt_end - boot_gdt - 1
        .long boot_gdt

        .section .ukl_pagetables, "aw", @nobits
        .p2align 12
        .globl boot_pml4, boot_pdpt, boot_pd
boot_pml4:
        .skip 4096
boot_pdpt:
        .skip 4096
boot_pd:
        .skip 4 * 4096
/* 4 KiB pages for the 2 MiB around the stack's guard page, filled by memory.c. */
        .globl boot_guard_pt
boot_guard_pt:
        .skip 4096

/* The boot stack, for the boot code and the runtime's start-up: translated Java runs on a stack
 * in the stack arena (ukl-translator's ukl_runtime.h), so this one can be small and leave the RAM
 * to the heap. memory.c unmaps its lowest page, so an overflow faults (#PF → "stack overflow")
 * instead of corrupting .bss. */
        .section .ukl_stack, "aw", @nobits
        .p2align 12
        .globl ukl_stack_guard
ukl_stack_guard:
        .skip 4096
        .skip 64 * 1024
        .globl ukl_stack_top
ukl_stack_top:

/* No executable stack (GNU ld warns otherwise). */
        .section .note.GNU-stack, "", @progbits
