package ukl.qemutests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reads a child process's output stream to its end on a thread of its own. Not the common pool:
 * on two cores JDK 25's has one thread, which read standard output to its end while the child
 * blocked on a full standard-error pipe (a program writing more than 64 KiB to standard error hung
 * until its time limit).
 */
final class OutputReader {
    private final FutureTask<byte[]> task;

    private OutputReader(InputStream in) {
        task = new FutureTask<>(() -> readAll(in));
        Thread.ofPlatform().daemon().name("output-reader").start(task);
    }

    static OutputReader start(InputStream in) {
        return new OutputReader(in);
    }

    /** Every byte, once the stream has ended. */
    byte[] bytes() throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading a child process's output failed", e.getCause());
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
