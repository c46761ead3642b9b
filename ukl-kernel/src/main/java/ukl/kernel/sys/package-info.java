/**
 * System calls: {@link ukl.kernel.sys.Sys} has one method per {@code ukl.libc.Libc} stub, with the
 * same name and descriptor; the linker rewrites each stub call site into a call of its twin
 * (docs/contracts.md §1). Failures return {@code -errno}.
 */
package ukl.kernel.sys;
