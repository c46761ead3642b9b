/*
 * ukl_image.h: address ranges that link.ld defines, for a garbage collector that scans statics.
 *
 * [ukl_statics_start, ukl_statics_end) covers .data and .bss of the whole image (boot code,
 * runtime and program): every static variable lives there. Both ends are 8-byte aligned.
 * The boot stack and the page tables are outside it.
 */
#ifndef UKL_IMAGE_H
#define UKL_IMAGE_H

extern char ukl_statics_start[], ukl_statics_end[];
extern char ukl_image_start[], ukl_image_end[];  /* everything loaded or reserved, stack included */

#endif
