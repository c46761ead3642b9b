package java.lang;

import java.util.HashMap;

/** A ThreadLocal whose value a new thread takes from the thread that creates it, through {@link #childValue}. */
public class InheritableThreadLocal<T> extends ThreadLocal<T> {
    public InheritableThreadLocal() {}

    protected T childValue(T parentValue) {
        return parentValue;
    }

    @Override
    HashMap<ThreadLocal<?>, Object> map(Thread t, boolean create) {
        HashMap<ThreadLocal<?>, Object> m = t.inheritableThreadLocals;
        if (m == null && create) {
            m = new HashMap<>();
            t.inheritableThreadLocals = m;
        }
        return m;
    }
}
