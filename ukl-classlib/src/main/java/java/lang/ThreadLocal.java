package java.lang;

import java.util.HashMap;
import java.util.function.Supplier;

/**
 * A variable with one value per thread, kept in a map in each Thread (as the JDK keeps its
 * ThreadLocalMap there), keyed by the ThreadLocal's identity.
 */
public class ThreadLocal<T> {
    private static final Object ABSENT = new Object();

    public ThreadLocal() {}

    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        if (supplier == null) {
            throw new NullPointerException();
        }
        return new ThreadLocal<S>() {
            @Override
            protected S initialValue() {
                return supplier.get();
            }
        };
    }

    protected T initialValue() {
        return null;
    }

    /** The map of {@code t} this variable lives in (InheritableThreadLocal's is another). */
    HashMap<ThreadLocal<?>, Object> map(Thread t, boolean create) {
        HashMap<ThreadLocal<?>, Object> m = t.threadLocals;
        if (m == null && create) {
            m = new HashMap<>();
            t.threadLocals = m;
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    public T get() {
        Thread t = Thread.currentThread();
        HashMap<ThreadLocal<?>, Object> m = map(t, false);
        Object v = m == null ? ABSENT : m.getOrDefault(this, ABSENT);
        if (v != ABSENT) {
            return (T) v;
        }
        T initial = initialValue();
        map(t, true).put(this, initial);
        return initial;
    }

    public void set(T value) {
        map(Thread.currentThread(), true).put(this, value);
    }

    public void remove() {
        HashMap<ThreadLocal<?>, Object> m = map(Thread.currentThread(), false);
        if (m != null) {
            m.remove(this);
        }
    }

    /** A child thread's inheritable map: each value through its variable's childValue. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static HashMap<ThreadLocal<?>, Object> inherit(HashMap<ThreadLocal<?>, Object> parent) {
        HashMap<ThreadLocal<?>, Object> child = new HashMap<>();
        for (java.util.Map.Entry<ThreadLocal<?>, Object> e : parent.entrySet()) {
            child.put(e.getKey(), ((InheritableThreadLocal) e.getKey()).childValue(e.getValue()));
        }
        return child;
    }
}
