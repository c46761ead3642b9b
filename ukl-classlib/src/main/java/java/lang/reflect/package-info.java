/**
 * The part of {@code java.lang.reflect} a closed world answers: arrays ({@code Array}), the
 * {@code Type} family (interfaces), and members the linker resolved. {@code Method},
 * {@code Constructor} and {@code Field} objects come only from the linker: it folds
 * {@code getMethod}, {@code getDeclaredConstructor}, {@code getField}... with constant arguments,
 * and keeps the public members of the classes the pom's {@code <reflection>} list names, each
 * with a generated {@link java.lang.reflect.MemberAccessor} or {@link java.lang.reflect.FieldAccessor}
 * that uses the member directly. Any other reflective site is a link error naming it.
 */
package java.lang.reflect;
