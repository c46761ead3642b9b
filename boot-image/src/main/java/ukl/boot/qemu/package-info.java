/**
 * Boots an image in QEMU and reports how it ended.
 *
 * <p>{@link ukl.boot.qemu.Qemu} builds the command line DESIGN.md fixes ({@code -machine pc} with
 * qboot, {@code -nodefaults}, {@code -no-reboot}, {@code isa-debug-exit} at port 0xf4, TCG unless
 * the CPU really has VT-x/AMD-V) and runs it either on the terminal or captured, COM1 and COM2
 * apart, under a hard timeout. Exit codes are mapped back per docs/contracts.md §7: QEMU's
 * {@code 2n+1} is the guest's status {@code n}; an even code means the guest never called
 * {@code ukl_exit}.
 *
 * <p>Every QEMU this package starts is killed by its PID (with its descendants) when its run ends
 * for any reason: timeout, exception, interrupt or JVM shutdown. Depends only on the JDK and
 * {@code qemu-system-x86_64} on the PATH.
 */
package ukl.boot.qemu;
