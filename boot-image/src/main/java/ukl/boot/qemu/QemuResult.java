package ukl.boot.qemu;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * How a captured run ended.
 *
 * @param exitStatus the guest's {@code ukl_exit} status (0–127), or {@link #NO_EXIT} when it
 *     timed out or stopped without calling {@code ukl_exit}
 * @param stdout what the guest wrote to COM1
 * @param stderr what the guest wrote to COM2
 * @param elapsed from starting QEMU to its end (or to the kill)
 * @param timedOut whether the timeout killed QEMU
 * @param qemuExitCode QEMU's process exit code (docs/contracts.md §7: {@code 2 * status + 1})
 * @param qemuMessages what QEMU itself printed (its stdout and stderr), for error reports
 */
public record QemuResult(
        int exitStatus,
        byte[] stdout,
        byte[] stderr,
        Duration elapsed,
        boolean timedOut,
        int qemuExitCode,
        String qemuMessages) {
    public static final int NO_EXIT = -1;

    /** Whether the guest ended through {@code ukl_exit}. */
    public boolean exited() {
        return exitStatus != NO_EXIT;
    }

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    /** One line for a report: the status, or what went wrong instead. */
    public String describe() {
        String qemu = qemuMessages.isBlank() ? "" : "; QEMU said: " + qemuMessages.strip();
        if (timedOut) return "timed out after " + elapsed.toMillis() + " ms and was killed" + qemu;
        if (!exited()) {
            return "the guest stopped without calling exit (crash or triple fault?): QEMU exit code " + qemuExitCode
                    + qemu;
        }
        return "exit status " + exitStatus + " after " + elapsed.toMillis() + " ms";
    }
}
