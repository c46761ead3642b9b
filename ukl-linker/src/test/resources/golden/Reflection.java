package golden;

/** Reflective lookups with constant arguments, folded at link time; the non-constant one stays. */
public class Reflection {
    public int size;

    public Reflection() {}

    public int twice(int x, String label) {
        return 2 * x;
    }

    static Object plugin() throws Exception {
        return Class.forName("golden.Reflection").getDeclaredConstructor().newInstance();
    }

    static Object twice() throws Exception {
        return Reflection.class.getMethod("twice", int.class, String.class).invoke(new Reflection(), 21, "x");
    }

    static Object size() throws Exception {
        return Reflection.class.getField("size").get(new Reflection());
    }

    static Object missing() throws Exception {
        return Reflection.class.getMethod("thrice", int.class);
    }

    static Object notConstant(String name) throws Exception {
        return Class.forName(name);
    }
}
