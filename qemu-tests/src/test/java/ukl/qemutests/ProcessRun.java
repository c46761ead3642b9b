package ukl.qemutests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A process-platform executable run to its end with its console captured: the process
 * counterpart of a captured QEMU run. Its standard input is empty (closed at once), as
 * {@link JvmRun}'s is. A run past its time limit is killed (by its PID: only what this started).
 *
 * @param status the exit status, or -1 when it was killed at the time limit
 * @param nanos wall time from start to exit
 */
record ProcessRun(int status, byte[] stdout, byte[] stderr, long nanos) {
    /** Runs {@code executable} with {@code ukl.memory=<memoryMiB>M -- args…} and waits at most {@code limit}. */
    static ProcessRun of(Path executable, int memoryMiB, Duration limit, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "ukl.memory=" + memoryMiB + "M"));
        if (args.length > 0) {
            command.add("--");
            command.addAll(List.of(args));
        }
        return run(command, limit);
    }

    /** Runs {@code command} (wrapped as the caller needs, e.g. in a network namespace). */
    static ProcessRun run(List<String> command, Duration limit) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        OutputReader out = OutputReader.start(p.getInputStream());
        OutputReader err = OutputReader.start(p.getErrorStream());
        boolean ended = p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        long nanos = System.nanoTime() - start;
        if (!ended) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        return new ProcessRun(ended ? p.exitValue() : -1, out.bytes(), err.bytes(), nanos);
    }

    boolean timedOut() {
        return status == -1;
    }

    String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }
}
