package ukl.bench.run;

/** A benchmark step failed; the message names what, with the output that explains it. */
public final class BenchException extends Exception {
    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
