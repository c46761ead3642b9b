/**
 * The libc-style system-call layer that applications call.
 *
 * <p>On a JVM every method makes the real system call through the foreign function API, so the
 * program is an ordinary userspace process (the baseline). Linked into an image, every call site
 * is rewritten into a direct call of the kernel's twin in {@code ukl.kernel.sys.Sys}, and this
 * package never enters the image (docs/contracts.md §1).
 *
 * <p>Calls return a value ≥ 0 on success and {@code -errno} on failure, as Linux system calls do.
 */
package ukl.libc;
