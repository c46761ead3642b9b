/**
 * The ukl kernel: everything an image runs below the application, written in Java and translated
 * with it into one program.
 *
 * <p>Layers depend only downward: {@code sys} (system calls, the twins of {@code ukl.libc.Libc})
 * → {@code net} (sockets, interfaces, wire formats; free of hardware access so it runs on the JVM
 * too) → {@code platform} (the seam to what the kernel runs on: a PVH guest or a Linux process)
 * → {@code drivers} → {@code hw} → {@code arch} (CPU intrinsics and the process platform's
 * system calls, the only {@code native} methods). {@code abi} (the errno values) sits beside them, usable by all. {@link ukl.kernel.Start}
 * is the image's entry point.
 */
package ukl.kernel;
