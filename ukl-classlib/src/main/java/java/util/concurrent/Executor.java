package java.util.concurrent;

/** Runs submitted tasks, in a way each implementation defines. */
public interface Executor {
    void execute(Runnable command);
}
