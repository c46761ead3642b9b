package java.lang.reflect;

/**
 * Arrays by their class rather than their static type. Reading and writing need no metadata; a new
 * array is made through the translator's table from a component class to its array class
 * (contracts §4), which holds the array classes the image has: those its code names
 * ({@code new T[n]}, a {@code T[]} parameter, a cast) — and so any array it already holds an
 * instance of. Asking for another fails with an UnsupportedOperationException that says so.
 */
public final class Array {
    private Array() {}

    /** A new array of {@code length} elements of {@code componentType}, or null if the image lacks its class. */
    private static native Object newArray(Class<?> componentType, int length);

    public static Object newInstance(Class<?> componentType, int length) {
        if (componentType == Void.TYPE) {
            throw new IllegalArgumentException("Illegal argument");
        }
        if (length < 0) {
            throw new NegativeArraySizeException(Integer.toString(length));
        }
        Object a = newArray(componentType, length);
        if (a == null) {
            throw new UnsupportedOperationException("cannot create an array of " + componentType.getName()
                    + ": the image has no class for it, because no code it links names that array type;"
                    + " allocate it with new " + componentType.getSimpleName() + "[n] where the type is known");
        }
        return a;
    }

    /** Nested arrays, {@code dimensions[0]} outermost; each level's class is the array class of the next. */
    public static Object newInstance(Class<?> componentType, int... dimensions) {
        if (dimensions.length == 0) {
            throw new IllegalArgumentException("Empty dimensions array");
        }
        for (int d : dimensions) {
            if (d < 0) {
                throw new NegativeArraySizeException(Integer.toString(d));
            }
        }
        return newLevel(componentType, dimensions, 0);
    }

    private static Object newLevel(Class<?> componentType, int[] dimensions, int level) {
        if (level == dimensions.length - 1) {
            return newInstance(componentType, dimensions[level]);
        }
        Class<?> inner = componentType;
        for (int i = level + 1; i < dimensions.length; i++) {
            inner = newInstance(inner, 0).getClass();
        }
        Object[] outer = (Object[]) newInstance(inner, dimensions[level]);
        for (int i = 0; i < outer.length; i++) {
            outer[i] = newLevel(componentType, dimensions, level + 1);
        }
        return outer;
    }

    public static int getLength(Object array) {
        if (array instanceof Object[] a) {
            return a.length;
        }
        if (array instanceof int[] a) {
            return a.length;
        }
        if (array instanceof long[] a) {
            return a.length;
        }
        if (array instanceof double[] a) {
            return a.length;
        }
        if (array instanceof float[] a) {
            return a.length;
        }
        if (array instanceof char[] a) {
            return a.length;
        }
        if (array instanceof short[] a) {
            return a.length;
        }
        if (array instanceof byte[] a) {
            return a.length;
        }
        if (array instanceof boolean[] a) {
            return a.length;
        }
        throw mismatch(array);
    }

    public static Object get(Object array, int index) {
        check(array, index);
        if (array instanceof Object[] a) {
            return a[index];
        }
        if (array instanceof int[] a) {
            return a[index];
        }
        if (array instanceof long[] a) {
            return a[index];
        }
        if (array instanceof double[] a) {
            return a[index];
        }
        if (array instanceof float[] a) {
            return a[index];
        }
        if (array instanceof char[] a) {
            return a[index];
        }
        if (array instanceof short[] a) {
            return a[index];
        }
        if (array instanceof byte[] a) {
            return a[index];
        }
        if (array instanceof boolean[] a) {
            return a[index];
        }
        throw mismatch(array);
    }

    /**
     * Stores {@code value}, unboxed for a primitive array and widened as JLS §5.1.2 allows
     * (an {@code Integer} into a {@code long[]}); a value that does not fit the array's type is an
     * IllegalArgumentException, as in the JDK.
     */
    public static void set(Object array, int index, Object value) {
        check(array, index);
        if (array instanceof Object[] a) {
            if (value != null && !a.getClass().getComponentType().isInstance(value)) {
                throw new IllegalArgumentException("array element type mismatch");
            }
            a[index] = value;
            return;
        }
        if (value instanceof Boolean b && array instanceof boolean[] a) {
            a[index] = b;
        } else if (value instanceof Character c) {
            setChar(array, index, c);
        } else if (value instanceof Byte b) {
            setByte(array, index, b);
        } else if (value instanceof Short s) {
            setShort(array, index, s);
        } else if (value instanceof Integer i) {
            setInt(array, index, i);
        } else if (value instanceof Long l) {
            setLong(array, index, l);
        } else if (value instanceof Float f) {
            setFloat(array, index, f);
        } else if (value instanceof Double d) {
            setDouble(array, index, d);
        } else {
            throw array == null ? new NullPointerException() : mismatch(array);
        }
    }

    public static boolean getBoolean(Object array, int index) {
        checkPrimitive(array, index);
        if (array instanceof boolean[] a) {
            return a[index];
        }
        throw mismatch(array);
    }

    public static byte getByte(Object array, int index) {
        checkPrimitive(array, index);
        if (array instanceof byte[] a) {
            return a[index];
        }
        throw mismatch(array);
    }

    public static char getChar(Object array, int index) {
        checkPrimitive(array, index);
        if (array instanceof char[] a) {
            return a[index];
        }
        throw mismatch(array);
    }

    public static short getShort(Object array, int index) {
        checkPrimitive(array, index);
        if (array instanceof short[] a) {
            return a[index];
        }
        return getByte(array, index);
    }

    public static int getInt(Object array, int index) {
        checkPrimitive(array, index);
        if (array instanceof int[] a) {
            return a[index];
        }
        if (array instanceof char[] a) {
            return a[index];
        }
        return getShort(array, index);
    }

    public static long getLong(Object array, int index) {
        checkPrimitive(array, index);
        if (array instanceof long[] a) {
            return a[index];
        }
        return getInt(array, index);
    }

    public static float getFloat(Object array, int index) {
        checkPrimitive(array, index);
        if (array instanceof float[] a) {
            return a[index];
        }
        return getLong(array, index);
    }

    public static double getDouble(Object array, int index) {
        checkPrimitive(array, index);
        if (array instanceof double[] a) {
            return a[index];
        }
        return getFloat(array, index);
    }

    public static void setBoolean(Object array, int index, boolean z) {
        checkPrimitive(array, index);
        if (array instanceof boolean[] a) {
            a[index] = z;
        } else {
            throw mismatch(array);
        }
    }

    public static void setByte(Object array, int index, byte b) {
        checkPrimitive(array, index);
        if (array instanceof byte[] a) {
            a[index] = b;
        } else {
            setShort(array, index, b);
        }
    }

    public static void setChar(Object array, int index, char c) {
        checkPrimitive(array, index);
        if (array instanceof char[] a) {
            a[index] = c;
        } else {
            setIntOnly(array, index, c);
        }
    }

    public static void setShort(Object array, int index, short s) {
        checkPrimitive(array, index);
        if (array instanceof short[] a) {
            a[index] = s;
        } else {
            setIntOnly(array, index, s);
        }
    }

    public static void setInt(Object array, int index, int i) {
        checkPrimitive(array, index);
        if (array instanceof char[] || array instanceof short[] || array instanceof byte[]) {
            throw mismatch(array);
        }
        setIntOnly(array, index, i);
    }

    private static void setIntOnly(Object array, int index, int i) {
        if (array instanceof int[] a) {
            a[index] = i;
        } else {
            setLong(array, index, i);
        }
    }

    public static void setLong(Object array, int index, long l) {
        checkPrimitive(array, index);
        if (array instanceof long[] a) {
            a[index] = l;
        } else if (array instanceof float[] a) {
            a[index] = l;
        } else if (array instanceof double[] a) {
            a[index] = l;
        } else {
            throw mismatch(array);
        }
    }

    public static void setFloat(Object array, int index, float f) {
        checkPrimitive(array, index);
        if (array instanceof float[] a) {
            a[index] = f;
        } else {
            setDouble(array, index, f);
        }
    }

    public static void setDouble(Object array, int index, double d) {
        checkPrimitive(array, index);
        if (array instanceof double[] a) {
            a[index] = d;
        } else {
            throw mismatch(array);
        }
    }

    /** HotSpot's order: null, then not an array, then the index (no message), then the types. */
    private static void check(Object array, int index) {
        int length = getLength(array);
        if (index < 0 || index >= length) {
            throw new ArrayIndexOutOfBoundsException();
        }
    }

    /** The typed accessors refuse an array of references before they look at the index. */
    private static void checkPrimitive(Object array, int index) {
        if (array instanceof Object[]) {
            throw new IllegalArgumentException("Argument is not an array of primitive type");
        }
        check(array, index);
    }

    private static IllegalArgumentException notAnArray() {
        return new IllegalArgumentException("Argument is not an array");
    }

    private static RuntimeException mismatch(Object array) {
        if (array == null) {
            return new NullPointerException();
        }
        return array.getClass().isArray() ? new IllegalArgumentException("argument type mismatch") : notAnArray();
    }
}
