package java.lang.reflect;

/**
 * Not JDK API: what the linker's generated reflection code calls. It makes the member objects
 * (their constructors are package-private, as in the JDK) and converts arguments as
 * {@code Method.invoke} and {@code Field.set} do: unboxing, then widening (JLS §5.1.2).
 */
public final class Members {
    /** What {@link #convert} answers when a value does not convert. */
    static final Object MISMATCH = new Object();

    private Members() {}

    public static Method method(
            Class<?> declaringClass,
            String name,
            Class<?>[] parameterTypes,
            Class<?> returnType,
            Class<?>[] exceptionTypes,
            int modifiers,
            MemberAccessor accessor) {
        return new Method(declaringClass, name, parameterTypes, returnType, exceptionTypes, modifiers, accessor);
    }

    public static <T> Constructor<T> constructor(
            Class<T> declaringClass,
            Class<?>[] parameterTypes,
            Class<?>[] exceptionTypes,
            int modifiers,
            MemberAccessor accessor) {
        return new Constructor<T>(declaringClass, parameterTypes, exceptionTypes, modifiers, accessor);
    }

    public static Field field(Class<?> declaringClass, String name, Class<?> type, int modifiers, FieldAccessor a) {
        return new Field(declaringClass, name, type, modifiers, a);
    }

    /** What the member threw, wrapped as reflection reports it. */
    public static InvocationTargetException wrap(Throwable thrown) {
        return new InvocationTargetException(thrown);
    }

    /*
     * The classes of the pom's <reflection> list and their public members. These bodies answer
     * "none"; when the list is not empty, the linker's ReflectionRegistry replaces them with
     * tables of the listed classes (one comparison per class, each member through its accessor).
     */

    /** The listed class of this binary name, initialised (as Class.forName initialises), or null. */
    public static Class<?> registeredClass(String name) {
        return null;
    }

    /** A fresh array of the listed class's public methods, inherited ones too; null if {@code c} is not listed. */
    public static Method[] registeredMethods(Class<?> c) {
        return null;
    }

    /** A fresh array of the listed class's public constructors; null if {@code c} is not listed. */
    public static Constructor<?>[] registeredConstructors(Class<?> c) {
        return null;
    }

    /** A fresh array of the listed class's public fields, inherited ones too; null if {@code c} is not listed. */
    public static Field[] registeredFields(Class<?> c) {
        return null;
    }

    /** What asking a class outside the list for its members throws: the image did not keep them. */
    public static UnsupportedOperationException notListed(Class<?> c) {
        return new UnsupportedOperationException("the members of " + c.getName() + " are not in the image: only"
                + " lookups with constant arguments and the classes of the ukl plugin's <reflection> list are;"
                + " add <class>" + c.getName() + "</class> to <reflection>");
    }

    /**
     * Throws {@code e}: what a folded {@code AtomicXxxFieldUpdater.newUpdater} calls where the JDK
     * would refuse the field (declared to return, so that the site keeps its stack shape).
     */
    public static Object fail(RuntimeException e) {
        throw e;
    }

    /** What a folded {@code Class.forName} of a class the closed world lacks throws. */
    public static Class<?> classNotFound(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    /** What a folded {@code getMethod} of a method the class lacks throws. */
    public static Method noSuchMethod(String signature) throws NoSuchMethodException {
        throw new NoSuchMethodException(signature);
    }

    public static <T> Constructor<T> noSuchConstructor(String signature) throws NoSuchMethodException {
        throw new NoSuchMethodException(signature);
    }

    public static Field noSuchField(String name) throws NoSuchFieldException {
        throw new NoSuchFieldException(name);
    }

    static void checkReceiver(Object obj, Class<?> declaringClass) {
        if (obj == null) {
            throw new NullPointerException();
        }
        if (!declaringClass.isInstance(obj)) {
            throw new IllegalArgumentException("object of type "
                    + obj.getClass().getName() + " is not an instance of " + declaringClass.getName());
        }
    }

    /**
     * {@code value} as a value of {@code type}: itself for a reference type it is an instance of (or
     * null), the exact wrapper of a primitive type after unboxing and widening, else {@link #MISMATCH}.
     */
    static Object convert(Object value, Class<?> type) {
        if (!type.isPrimitive()) {
            return value == null || type.isInstance(value) ? value : MISMATCH;
        }
        if (value instanceof Boolean) {
            return type == Boolean.TYPE ? value : MISMATCH;
        }
        if (value instanceof Character c) {
            return type == Character.TYPE ? value : widen(c.charValue(), 2, type);
        }
        int rank = rank(value);
        if (rank < 0) {
            return MISMATCH;
        }
        Number n = (Number) value;
        return rank >= 5 ? widen(n.doubleValue(), rank, type) : widen(n.longValue(), rank, type);
    }

    /** byte 0, short 1, char 2, int 3, long 4, float 5, double 6; -1 for anything else. */
    private static int rank(Object value) {
        if (value instanceof Byte) {
            return 0;
        }
        if (value instanceof Short) {
            return 1;
        }
        if (value instanceof Integer) {
            return 3;
        }
        if (value instanceof Long) {
            return 4;
        }
        if (value instanceof Float) {
            return 5;
        }
        if (value instanceof Double) {
            return 6;
        }
        return -1;
    }

    /** An integral value of rank {@code from} widened to {@code type}, if JLS §5.1.2 allows it. */
    private static Object widen(long v, int from, Class<?> type) {
        if (type == Byte.TYPE) {
            return from == 0 ? Byte.valueOf((byte) v) : MISMATCH;
        }
        if (type == Short.TYPE) {
            return from <= 1 ? Short.valueOf((short) v) : MISMATCH;
        }
        if (type == Integer.TYPE) {
            return from <= 3 ? Integer.valueOf((int) v) : MISMATCH;
        }
        if (type == Long.TYPE) {
            return Long.valueOf(v);
        }
        if (type == Float.TYPE) {
            return Float.valueOf((float) v); // from long directly: through double could round twice
        }
        return type == Double.TYPE ? Double.valueOf((double) v) : MISMATCH;
    }

    private static Object widen(double v, int from, Class<?> type) {
        if (type == Float.TYPE) {
            return from <= 5 ? Float.valueOf((float) v) : MISMATCH;
        }
        if (type == Double.TYPE) {
            return Double.valueOf(v);
        }
        return MISMATCH;
    }
}
