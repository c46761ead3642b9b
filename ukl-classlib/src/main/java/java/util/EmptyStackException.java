package java.util;

/** Thrown by a stack's {@code pop} or {@code peek} when it is empty. */
public class EmptyStackException extends RuntimeException {
    public EmptyStackException() {}
}
