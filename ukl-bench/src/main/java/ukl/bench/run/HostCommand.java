package ukl.bench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A short command on the host (a compiler, nm, mkfifo), run to its end. */
public final class HostCommand {
    private static final long TIMEOUT_SECONDS = 120;

    private HostCommand() {}

    /** Runs {@code command}, returns its standard output, and fails with its messages if it fails. */
    public static String run(List<String> command) throws BenchException {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new BenchException(String.join(" ", command) + " failed: " + err.strip());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while running " + command.get(0), e);
        }
    }
}
