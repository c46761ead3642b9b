package java.lang;

/**
 * A class object. Its metadata lives in the translator's tables, so the queries are natives
 * (contracts §4); the rest is derived from the name.
 */
public final class Class<T> implements java.lang.reflect.Type {
    private Class() {}

    public native String getName();

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isArray();

    public native boolean isInterface();

    public native boolean isPrimitive();

    public native boolean isEnum();

    public native Class<?> getComponentType();

    public native Class<? super T> getSuperclass();

    /** How many interfaces the class declares (its {@code implements}, an interface's {@code extends}). */
    private native int declaredInterfaceCount();

    /** The {@code i}th declared interface, in declaration order. */
    private native Class<?> declaredInterface(int i);

    /**
     * The interfaces the class declares directly, in the order of its {@code implements} clause;
     * an array class's are Cloneable and Serializable. An interface nothing in the image uses as a
     * type is shrunk away with its name, and then is not listed.
     */
    public Class<?>[] getInterfaces() {
        Class<?>[] interfaces = new Class<?>[declaredInterfaceCount()];
        for (int i = 0; i < interfaces.length; i++) {
            interfaces[i] = declaredInterface(i);
        }
        return interfaces;
    }

    /** Whether this is a record class: javac gives exactly those java.lang.Record as direct superclass. */
    public boolean isRecord() {
        return getSuperclass() == Record.class;
    }

    /** A fresh array of the constants of an enum class (its {@code values()}), or null. */
    native Object[] enumConstants();

    @SuppressWarnings("unchecked")
    public T[] getEnumConstants() {
        return (T[]) enumConstants();
    }

    public Class<?> componentType() {
        return getComponentType();
    }

    /**
     * The name without package and enclosing classes; "" for an anonymous class, and the name
     * after the digits for a local class ({@code Outer$1Local}), as the JDK reports them.
     */
    public String getSimpleName() {
        if (isArray()) {
            return getComponentType().getSimpleName() + "[]";
        }
        String name = getName();
        int start = Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1;
        while (start < name.length() && Character.isDigit(name.charAt(start))) {
            start++;
        }
        return name.substring(start);
    }

    /** The source-level name: {@code int[]}, {@code pkg.Outer.Inner}. */
    public String getTypeName() {
        if (isArray()) {
            return getComponentType().getTypeName() + "[]";
        }
        return getName();
    }

    public String getCanonicalName() {
        if (isArray()) {
            String component = getComponentType().getCanonicalName();
            return component == null ? null : component + "[]";
        }
        return getName().replace('$', '.');
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        String name = c.getName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        }
        return (T) obj;
    }

    /** Assertions are off in images, as on a JVM started without {@code -ea}. */
    public boolean desiredAssertionStatus() {
        return false;
    }

    @Override
    public String toString() {
        return (isInterface() ? "interface " : isPrimitive() ? "" : "class ") + getName();
    }
}
