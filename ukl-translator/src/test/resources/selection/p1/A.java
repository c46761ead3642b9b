package selection.p1;

/** {@code m} is package-private: only methods of selection.p1 override it directly (JVMS §5.4.5). */
public class A {
    String m() {
        return "A.m";
    }

    public static String callM(A a) {
        return a.m();
    }
}
