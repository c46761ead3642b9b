package java.lang.reflect;

/** The access and property flags of classes and members (JVMS §4.1, §4.5, §4.6), as the JDK decodes them. */
public class Modifier {
    public static final int PUBLIC = 0x0001;
    public static final int PRIVATE = 0x0002;
    public static final int PROTECTED = 0x0004;
    public static final int STATIC = 0x0008;
    public static final int FINAL = 0x0010;
    public static final int SYNCHRONIZED = 0x0020;
    public static final int VOLATILE = 0x0040;
    public static final int TRANSIENT = 0x0080;
    public static final int NATIVE = 0x0100;
    public static final int INTERFACE = 0x0200;
    public static final int ABSTRACT = 0x0400;
    public static final int STRICT = 0x0800;

    private Modifier() {}

    public static boolean isPublic(int mod) {
        return (mod & PUBLIC) != 0;
    }

    public static boolean isPrivate(int mod) {
        return (mod & PRIVATE) != 0;
    }

    public static boolean isProtected(int mod) {
        return (mod & PROTECTED) != 0;
    }

    public static boolean isStatic(int mod) {
        return (mod & STATIC) != 0;
    }

    public static boolean isFinal(int mod) {
        return (mod & FINAL) != 0;
    }

    public static boolean isSynchronized(int mod) {
        return (mod & SYNCHRONIZED) != 0;
    }

    public static boolean isVolatile(int mod) {
        return (mod & VOLATILE) != 0;
    }

    public static boolean isTransient(int mod) {
        return (mod & TRANSIENT) != 0;
    }

    public static boolean isNative(int mod) {
        return (mod & NATIVE) != 0;
    }

    public static boolean isInterface(int mod) {
        return (mod & INTERFACE) != 0;
    }

    public static boolean isAbstract(int mod) {
        return (mod & ABSTRACT) != 0;
    }

    public static boolean isStrict(int mod) {
        return (mod & STRICT) != 0;
    }

    public static int methodModifiers() {
        return PUBLIC | PROTECTED | PRIVATE | ABSTRACT | STATIC | FINAL | SYNCHRONIZED | NATIVE | STRICT;
    }

    public static int constructorModifiers() {
        return PUBLIC | PROTECTED | PRIVATE;
    }

    public static int fieldModifiers() {
        return PUBLIC | PROTECTED | PRIVATE | STATIC | FINAL | TRANSIENT | VOLATILE;
    }

    /** The modifiers' keywords in the JDK's order, separated by spaces: {@code public static final}. */
    public static String toString(int mod) {
        StringBuilder s = new StringBuilder();
        append(s, mod, PUBLIC, "public");
        append(s, mod, PROTECTED, "protected");
        append(s, mod, PRIVATE, "private");
        append(s, mod, ABSTRACT, "abstract");
        append(s, mod, STATIC, "static");
        append(s, mod, FINAL, "final");
        append(s, mod, TRANSIENT, "transient");
        append(s, mod, VOLATILE, "volatile");
        append(s, mod, SYNCHRONIZED, "synchronized");
        append(s, mod, NATIVE, "native");
        append(s, mod, STRICT, "strictfp");
        append(s, mod, INTERFACE, "interface");
        return s.toString();
    }

    private static void append(StringBuilder s, int mod, int bit, String keyword) {
        if ((mod & bit) != 0) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(keyword);
        }
    }
}
