/**
 * {@code java.util.regex} with the JDK's syntax and results: {@link java.util.regex.Parser}
 * compiles a pattern into a graph of {@link java.util.regex.Node}s that a backtracking
 * {@link java.util.regex.Matcher} walks, the JDK's own design, so that which match is found,
 * the groups it sets and what split and replace produce agree with the JDK. Repeating one
 * character class runs in a loop; repeating a group recurses once per iteration, so the stack
 * bounds how many iterations of a group one match can take, as on the JDK.
 *
 * <p>Character properties are those {@code java.lang.Character} answers (POSIX classes, the
 * {@code java*} properties, L/Lu/Ll/Nd); scripts, blocks and most general categories are
 * rejected as unknown property names. CANON_EQ is accepted and ignored.
 */
package java.util.regex;
