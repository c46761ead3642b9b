/**
 * The functional interfaces of {@code java.util.function}, all 43 of the JDK's, with their default
 * and static combinators ({@code andThen}, {@code compose}, {@code identity}, {@code and},
 * {@code or}, {@code negate}, {@code not}, {@code isEqual}, {@code minBy}/{@code maxBy}). Lambdas in
 * applications are lowered by the linker into classes implementing these; the combinators are
 * written out as inner classes, since the class library has no lambdas (its ClosureTest).
 */
package java.util.function;
