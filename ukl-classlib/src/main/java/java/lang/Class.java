package java.lang;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Members;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * A class object. Its metadata lives in the translator's tables, so the queries are natives
 * (contracts §4); the rest is derived from the name.
 */
public final class Class<T> implements java.lang.reflect.Type {
    /** {@link #getName}'s String, made from the name's bytes the first time it is asked for. */
    private String name;

    private Class() {}

    public String getName() {
        String n = name;
        if (n == null) {
            byte[] b = new byte[nameLength()];
            for (int i = 0; i < b.length; i++) {
                b[i] = nameByte(i);
            }
            name = n = ImageTexts.decode(b);
        }
        return n;
    }

    /** The length in bytes of the name the image keeps in modified UTF-8 (ImageTexts). */
    private native int nameLength();

    private native byte nameByte(int i);

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

    /** Whether javac wrote this as an anonymous class (its InnerClasses entry has no simple name, JVMS §4.7.6). */
    public native boolean isAnonymousClass();

    /** Whether this is a class declared in a block (a local class). */
    public native boolean isLocalClass();

    /** Whether this is a class declared as a member of another. */
    public native boolean isMemberClass();

    /** The class this one is declared in or whose code declares it (a descriptor field), or null. */
    private native Class<?> enclosingClass();

    /**
     * The immediately enclosing class: a member class's outer class (InnerClasses, JVMS §4.7.6),
     * a local or anonymous class's from its EnclosingMethod attribute (§4.7.7); null for a
     * top-level class, an array or a primitive. When a program calls this, the linker keeps the
     * enclosing class of every class it keeps.
     */
    public Class<?> getEnclosingClass() {
        return enclosingClass();
    }

    /** A member class's outer class; null for top-level, local and anonymous classes, as the JDK's. */
    public Class<?> getDeclaringClass() {
        return isMemberClass() ? enclosingClass() : null;
    }

    /**
     * The top-level class whose source declares this one, which javac makes the nest host (JVMS
     * §4.7.28); a top-level class, an array or a primitive is its own.
     */
    public Class<?> getNestHost() {
        Class<?> host = this;
        for (Class<?> c = enclosingClass(); c != null; c = c.enclosingClass()) {
            host = c;
        }
        return host;
    }

    /** Whether the two share a nest host. */
    public boolean isNestmateOf(Class<?> c) {
        return getNestHost() == c.getNestHost();
    }

    /** Whether this is a record class: javac gives exactly those java.lang.Record as direct superclass. */
    public boolean isRecord() {
        return getSuperclass() == Record.class;
    }

    /**
     * The class of this binary name, initialised: a constant name the linker folds; any other name
     * must be a class of the ukl plugin's {@code <reflection>} list, else ClassNotFoundException.
     */
    public static Class<?> forName(String className) throws ClassNotFoundException {
        Class<?> c = Members.registeredClass(className);
        if (c == null) {
            throw new ClassNotFoundException(className);
        }
        return c;
    }

    public Method[] getMethods() {
        Method[] methods = Members.registeredMethods(this);
        if (methods == null) {
            throw Members.notListed(this);
        }
        return methods;
    }

    public Method getMethod(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        for (Method m : getMethods()) {
            if (m.getName().equals(name) && Arrays.equals(m.getParameterTypes(), parameterTypes)) {
                return m;
            }
        }
        throw new NoSuchMethodException(signature(name, parameterTypes));
    }

    /** Among the listed public methods only: the image keeps no others. */
    public Method getDeclaredMethod(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        Method m = getMethod(name, parameterTypes);
        if (m.getDeclaringClass() != this) {
            throw new NoSuchMethodException(signature(name, parameterTypes));
        }
        return m;
    }

    public Constructor<?>[] getConstructors() {
        Constructor<?>[] constructors = Members.registeredConstructors(this);
        if (constructors == null) {
            throw Members.notListed(this);
        }
        return constructors;
    }

    @SuppressWarnings("unchecked")
    public Constructor<T> getConstructor(Class<?>... parameterTypes) throws NoSuchMethodException {
        for (Constructor<?> c : getConstructors()) {
            if (Arrays.equals(c.getParameterTypes(), parameterTypes)) {
                return (Constructor<T>) c;
            }
        }
        throw new NoSuchMethodException(signature("<init>", parameterTypes));
    }

    /** Among the listed public constructors only: the image keeps no others. */
    public Constructor<T> getDeclaredConstructor(Class<?>... parameterTypes) throws NoSuchMethodException {
        return getConstructor(parameterTypes);
    }

    public Field[] getFields() {
        Field[] fields = Members.registeredFields(this);
        if (fields == null) {
            throw Members.notListed(this);
        }
        return fields;
    }

    public Field getField(String name) throws NoSuchFieldException {
        for (Field f : getFields()) {
            if (f.getName().equals(name)) {
                return f;
            }
        }
        throw new NoSuchFieldException(name);
    }

    /** Among the listed public fields only: the image keeps no others. */
    public Field getDeclaredField(String name) throws NoSuchFieldException {
        Field f = getField(name);
        if (f.getDeclaringClass() != this) {
            throw new NoSuchFieldException(name);
        }
        return f;
    }

    /** {@code pkg.C.name(int,java.lang.String)}, as NoSuchMethodException names a method. */
    private String signature(String name, Class<?>[] parameterTypes) {
        StringBuilder s = new StringBuilder(getName()).append('.').append(name).append('(');
        for (int i = 0; parameterTypes != null && i < parameterTypes.length; i++) {
            s.append(i == 0 ? "" : ",").append(parameterTypes[i] == null ? "null" : parameterTypes[i].getName());
        }
        return s.append(')').toString();
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
