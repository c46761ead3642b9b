package java.lang.reflect;

/**
 * The base of fields, methods and constructors: the flag that suppresses access checks. An image
 * checks no access when a member is used reflectively, so the flag is only remembered.
 */
public class AccessibleObject {
    private boolean accessible;

    protected AccessibleObject() {}

    public void setAccessible(boolean flag) {
        accessible = flag;
    }

    public final boolean trySetAccessible() {
        accessible = true;
        return true;
    }

    /** Deprecated since JDK 9 (no annotation here: the class library references no annotation type). */
    public boolean isAccessible() {
        return accessible;
    }
}
