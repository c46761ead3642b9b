/**
 * Values of the Linux x86-64 ABI that the kernel hands back to programs: {@link
 * ukl.kernel.abi.Errno}. Every layer may use this package; it depends on nothing. The system calls
 * keep the rest of the ABI (socket families, option names, poll bits) next to their twins in
 * {@code ukl.libc.Libc}, whose constants javac folds into the kernel.
 */
package ukl.kernel.abi;
