package java.lang.reflect;

/**
 * Not JDK API: what the linker generates for each method or constructor it keeps for reflection,
 * a class that calls it directly (as GraalVM native-image does). {@code args} are already
 * converted to the exact wrapper of each primitive parameter.
 */
public interface MemberAccessor {
    /** Calls the member; a constructor's accessor ignores {@code target} and returns the new object. */
    Object invoke(Object target, Object[] args) throws InvocationTargetException;
}
