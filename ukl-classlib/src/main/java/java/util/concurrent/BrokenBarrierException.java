package java.util.concurrent;

/** Thrown when a thread waits at, or is waiting at, a barrier that is broken. */
public class BrokenBarrierException extends Exception {
    public BrokenBarrierException() {}

    public BrokenBarrierException(String message) {
        super(message);
    }
}
