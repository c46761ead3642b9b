/**
 * The ukl kernel: everything an image runs below the application, written in Java and translated
 * with it into one program.
 *
 * <p>Layers depend only downward: {@code sys} (system calls, the twins of {@code ukl.libc.Libc})
 * → {@code net} (sockets, interfaces, wire formats; free of hardware access so it runs on the JVM
 * too) → {@code drivers} → {@code hw} → {@code arch} (CPU intrinsics, the only {@code native}
 * methods). {@code abi} (the errno values) sits beside them, usable by all. {@link ukl.kernel.Start}
 * is the image's entry point.
 */
package ukl.kernel;
