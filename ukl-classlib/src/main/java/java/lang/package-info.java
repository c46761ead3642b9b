/**
 * The image's own {@code java.lang}: the subset of the JDK's API that programs and the
 * translator need, compiled as a patch over {@code java.base} and linked instead of the JDK's
 * classes (contracts §3).
 *
 * <p>Rules of this layer: every class, method and field used here must be defined in this module
 * (ClosureTest checks it); the only natives are those of contracts §4; no lambdas, records or
 * indy string concatenation (the module is compiled with {@code -XDstringConcat=inline});
 * system calls go through {@code ukl.libc.Libc} only. Behaviour and messages follow the JDK 25
 * the corpus is checked against.
 */
package java.lang;
