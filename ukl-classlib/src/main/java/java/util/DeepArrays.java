package java.util;

/** The element dispatch behind Arrays.deepHashCode, deepEquals and deepToString. */
final class DeepArrays {
    private DeepArrays() {}

    static int elementHash(Object e) {
        if (e instanceof Object[] o) {
            return Arrays.deepHashCode(o);
        }
        if (e instanceof int[] x) {
            return Arrays.hashCode(x);
        }
        if (e instanceof long[] x) {
            return Arrays.hashCode(x);
        }
        if (e instanceof short[] x) {
            return Arrays.hashCode(x);
        }
        if (e instanceof char[] x) {
            return Arrays.hashCode(x);
        }
        if (e instanceof byte[] x) {
            return Arrays.hashCode(x);
        }
        if (e instanceof boolean[] x) {
            return Arrays.hashCode(x);
        }
        if (e instanceof float[] x) {
            return Arrays.hashCode(x);
        }
        if (e instanceof double[] x) {
            return Arrays.hashCode(x);
        }
        return e == null ? 0 : e.hashCode();
    }

    static boolean deepEquals0(Object e1, Object e2) {
        if (e1 instanceof Object[] a && e2 instanceof Object[] b) {
            return Arrays.deepEquals(a, b);
        }
        if (e1 instanceof int[] a && e2 instanceof int[] b) {
            return Arrays.equals(a, b);
        }
        if (e1 instanceof long[] a && e2 instanceof long[] b) {
            return Arrays.equals(a, b);
        }
        if (e1 instanceof short[] a && e2 instanceof short[] b) {
            return Arrays.equals(a, b);
        }
        if (e1 instanceof char[] a && e2 instanceof char[] b) {
            return Arrays.equals(a, b);
        }
        if (e1 instanceof byte[] a && e2 instanceof byte[] b) {
            return Arrays.equals(a, b);
        }
        if (e1 instanceof boolean[] a && e2 instanceof boolean[] b) {
            return Arrays.equals(a, b);
        }
        if (e1 instanceof float[] a && e2 instanceof float[] b) {
            return Arrays.equals(a, b);
        }
        if (e1 instanceof double[] a && e2 instanceof double[] b) {
            return Arrays.equals(a, b);
        }
        return e1.equals(e2);
    }

    static void deepToString(Object[] a, StringBuilder sb, Object[] seen) {
        Object[] now = new Object[seen.length + 1];
        System.arraycopy(seen, 0, now, 0, seen.length);
        now[seen.length] = a;
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object e = a[i];
            if (e instanceof Object[] o) {
                boolean cycle = false;
                for (Object s : now) {
                    cycle |= s == o;
                }
                if (cycle) {
                    sb.append("[...]");
                } else {
                    deepToString(o, sb, now);
                }
            } else {
                sb.append(elementString(e));
            }
        }
        sb.append(']');
    }

    private static String elementString(Object e) {
        if (e instanceof int[] x) {
            return Arrays.toString(x);
        }
        if (e instanceof long[] x) {
            return Arrays.toString(x);
        }
        if (e instanceof short[] x) {
            return Arrays.toString(x);
        }
        if (e instanceof char[] x) {
            return Arrays.toString(x);
        }
        if (e instanceof byte[] x) {
            return Arrays.toString(x);
        }
        if (e instanceof boolean[] x) {
            return Arrays.toString(x);
        }
        if (e instanceof float[] x) {
            return Arrays.toString(x);
        }
        if (e instanceof double[] x) {
            return Arrays.toString(x);
        }
        return String.valueOf(e);
    }
}
