package java.lang;

import java.io.PrintStream;
import java.io.Serializable;
import java.util.Objects;

/**
 * The root of all exceptions. The stack is captured natively as pairs (method id, line) when the
 * throwable is made, and turned into {@link StackTraceElement}s only when someone asks, so that
 * throwing stays cheap (contracts §4).
 *
 * <p>Constructors call the overridable {@code fillInStackTrace()} on purpose, as the JDK's do:
 * subclasses override it to skip the capture.
 */
@SuppressWarnings("this-escape")
public class Throwable implements Serializable {
    private static final StackTraceElement[] NO_FRAMES = new StackTraceElement[0];
    private static final Throwable[] NO_SUPPRESSED = new Throwable[0];

    private final String detailMessage;
    /** {@code this} until a cause is set, as in the JDK: a cause may be set once, even to null. */
    private Throwable cause = this;

    private int[] backtrace;
    private StackTraceElement[] stackTrace;
    /** null when suppression is disabled. */
    private Throwable[] suppressed = NO_SUPPRESSED;

    public Throwable() {
        this.detailMessage = null;
        fillInStackTrace();
    }

    public Throwable(String message) {
        this.detailMessage = message;
        fillInStackTrace();
    }

    public Throwable(String message, Throwable cause) {
        this.detailMessage = message;
        this.cause = cause;
        fillInStackTrace();
    }

    public Throwable(Throwable cause) {
        this.detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
        fillInStackTrace();
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        this.detailMessage = message;
        this.cause = cause;
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTrace = NO_FRAMES;
        }
        if (!enableSuppression) {
            suppressed = null;
        }
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public Throwable getCause() {
        return cause == this ? null : cause;
    }

    public Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with " + Objects.toString(cause, "a null"), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    @Override
    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return message != null ? s + ": " + message : s;
    }

    public Throwable fillInStackTrace() {
        if (stackTrace != NO_FRAMES) {
            backtrace = captureBacktrace();
            stackTrace = null;
        }
        return this;
    }

    public StackTraceElement[] getStackTrace() {
        return ourStackTrace().clone();
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = stackTrace.clone();
        for (int i = 0; i < copy.length; i++) {
            Objects.requireNonNull(copy[i], "stackTrace[" + i + "]");
        }
        this.stackTrace = copy;
        this.backtrace = null;
    }

    private StackTraceElement[] ourStackTrace() {
        if (stackTrace == null) {
            stackTrace = backtrace == null ? NO_FRAMES : decode(backtrace);
            backtrace = null;
        }
        return stackTrace;
    }

    /**
     * Hides what the JVM hides: the frames of {@code fillInStackTrace} (and the capture itself),
     * then the constructors of this throwable's class and its superclasses.
     */
    private StackTraceElement[] decode(int[] pairs) {
        int frames = pairs.length / 2;
        int skip = 0;
        while (skip < frames && isCaptureFrame(pairs[2 * skip])) {
            skip++;
        }
        while (skip < frames && isOwnConstructor(pairs[2 * skip])) {
            skip++;
        }
        StackTraceElement[] trace = new StackTraceElement[frames - skip];
        for (int i = 0; i < trace.length; i++) {
            int id = pairs[2 * (skip + i)];
            trace[i] = StackTraceElement.ofFrame(
                    className(id), methodName(id), methodFileName(id), pairs[2 * (skip + i) + 1]);
        }
        return trace;
    }

    private static boolean isCaptureFrame(int id) {
        return isMethodNamed(id, "fillInStackTrace") || isMethodNamed(id, "captureBacktrace");
    }

    private boolean isOwnConstructor(int id) {
        if (!isMethodNamed(id, "<init>")) {
            return false;
        }
        String owner = className(id);
        for (Class<?> c = getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(owner)) {
                return true;
            }
        }
        return false;
    }

    private static String className(int id) {
        return methodClass(id).getName();
    }

    public final void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        Objects.requireNonNull(exception, "Cannot suppress a null exception.");
        if (suppressed == null) {
            return;
        }
        Throwable[] grown = new Throwable[suppressed.length + 1];
        System.arraycopy(suppressed, 0, grown, 0, suppressed.length);
        grown[suppressed.length] = exception;
        suppressed = grown;
    }

    public final Throwable[] getSuppressed() {
        return suppressed == null || suppressed.length == 0 ? NO_SUPPRESSED : suppressed.clone();
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    /** The JDK's layout: frames, then suppressed (indented), then the cause chain with "... n more". */
    public void printStackTrace(PrintStream s) {
        Throwable[] seen = new Throwable[] {this};
        s.println(this);
        StackTraceElement[] trace = ourStackTrace();
        for (StackTraceElement e : trace) {
            s.println("\tat " + e);
        }
        for (Throwable t : getSuppressed()) {
            seen = t.printEnclosed(s, trace, "Suppressed: ", "\t", seen);
        }
        Throwable c = getCause();
        if (c != null) {
            c.printEnclosed(s, trace, "Caused by: ", "", seen);
        }
    }

    private Throwable[] printEnclosed(
            PrintStream s, StackTraceElement[] enclosing, String caption, String prefix, Throwable[] seen) {
        for (Throwable t : seen) {
            if (t == this) {
                s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
                return seen;
            }
        }
        Throwable[] now = new Throwable[seen.length + 1];
        System.arraycopy(seen, 0, now, 0, seen.length);
        now[seen.length] = this;
        StackTraceElement[] trace = ourStackTrace();
        int m = trace.length - 1;
        int n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        int inCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (inCommon != 0) {
            s.println(prefix + "\t... " + inCommon + " more");
        }
        for (Throwable t : getSuppressed()) {
            now = t.printEnclosed(s, trace, "Suppressed: ", prefix + "\t", now);
        }
        Throwable c = getCause();
        if (c != null) {
            now = c.printEnclosed(s, trace, "Caused by: ", prefix, now);
        }
        return now;
    }

    private static native int[] captureBacktrace();

    private static native Class<?> methodClass(int id);

    static String methodName(int id) {
        return methodText(id, NAME);
    }

    static String methodFileName(int id) {
        return methodText(id, FILE);
    }

    /** Which of a method's texts: its name, or its class's source file. */
    private static final int NAME = 0;

    private static final int FILE = 1;

    /**
     * The image keeps these texts as bytes, not String literals (the translator's
     * Metadata.methodTables, {@link ImageTexts}): a String is made only for a stack trace that is
     * decoded.
     */
    private static String methodText(int id, int which) {
        int n = methodTextLength(id, which);
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = methodTextByte(id, which, i);
        }
        return ImageTexts.decode(b);
    }

    /** Whether method {@code id} is named {@code name}, ASCII, without making a String of its name. */
    private static boolean isMethodNamed(int id, String name) {
        if (methodTextLength(id, NAME) != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (methodTextByte(id, NAME, i) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The length in bytes of method {@code id}'s name or source file ({@code which}), or -1 when it has none. */
    private static native int methodTextLength(int id, int which);

    private static native byte methodTextByte(int id, int which, int i);
}
