package java.lang;

/**
 * The exceptions translated code raises for the JVM's implicit checks (contracts §4), with the
 * JVM's messages. Not JDK API: the translator calls these and throws what they return.
 */
public final class RuntimeSupport {
    /** Preallocated: when the heap is exhausted there is no memory left to make one. */
    private static final OutOfMemoryError OUT_OF_MEMORY = new OutOfMemoryError("Java heap space");

    private RuntimeSupport() {}

    /** Bytes allocated since boot (not JDK API: the kernel's allocation counter, contracts §4). */
    public static native long allocatedBytes();

    /** Collections run since boot. */
    public static native long collectionCount();

    /**
     * What a method the linker proved unreachable throws instead of its body (the linker's
     * unreachable-methods pass): if the closed-world analysis was wrong, the program stops with
     * this error and its stack trace names the method, instead of running on.
     */
    public static InternalError unreachable() {
        return new InternalError(
                "ukl: the linker found this method unreachable; please report it with the stack trace");
    }

    public static NullPointerException nullPointer() {
        return new NullPointerException();
    }

    public static ArrayIndexOutOfBoundsException arrayIndex(int index, int length) {
        return new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    public static ArithmeticException divideByZero() {
        return new ArithmeticException("/ by zero");
    }

    /**
     * HotSpot's message (SharedRuntime::generate_class_cast_message): both names, then where
     * each class lives. The image has two "loaders": java.* classes are java.base's, the rest
     * are the application's.
     */
    public static ClassCastException classCast(Object value, Class<?> target) {
        String from = value.getClass().getName();
        String to = target.getName();
        String fromHome = home(value.getClass());
        String toHome = home(target);
        String where = fromHome.equals(toHome)
                ? from + " and " + to + " are in " + fromHome
                : from + " is in " + fromHome + "; " + to + " is in " + toHome;
        return new ClassCastException("class " + from + " cannot be cast to class " + to + " (" + where + ")");
    }

    private static String home(Class<?> c) {
        Class<?> e = c;
        while (e.isArray()) {
            e = e.getComponentType();
        }
        return e.isPrimitive() || e.getName().startsWith("java.")
                ? "module java.base of loader 'bootstrap'"
                : "unnamed module of loader 'app'";
    }

    public static NegativeArraySizeException negativeArraySize(int size) {
        return new NegativeArraySizeException(Integer.toString(size));
    }

    public static ArrayStoreException arrayStore(Object value) {
        return new ArrayStoreException(value.getClass().getName());
    }

    public static OutOfMemoryError outOfMemory() {
        return OUT_OF_MEMORY;
    }

    public static ExceptionInInitializerError initializerError(Throwable cause) {
        return new ExceptionInInitializerError(cause);
    }

    /** The kernel's thread of {@code t} (null before it starts), for LockSupport (not JDK API). */
    public static Object threadToken(Thread t) {
        return t.token();
    }

    /** LockSupport's blocker of {@code t}. */
    public static Object blocker(Thread t) {
        return t.parkBlocker;
    }

    public static void setBlocker(Thread t, Object blocker) {
        t.parkBlocker = blocker;
    }
}
