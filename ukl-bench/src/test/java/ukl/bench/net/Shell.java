package ukl.bench.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a short command for a test and returns its output; fails on a non-zero exit or after 30 s. */
public final class Shell {
    private Shell() {}

    public static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IOException(command + " did not finish");
            if (process.exitValue() != 0)
                throw new IOException(command + " exited with " + process.exitValue() + ":\n" + output);
            return output;
        } finally {
            process.destroyForcibly();
        }
    }
}
