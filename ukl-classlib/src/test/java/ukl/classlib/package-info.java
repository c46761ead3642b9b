/**
 * Tests of the class library. The java.* classes cannot load on a JVM, so there are two kinds:
 * closure tests that read the compiled classes with ASM (every reference resolves inside the
 * module, the natives and layouts of contracts §4, the corpus programs link), and differential
 * tests that load algorithm classes renamed into package {@code shadow} (see {@link
 * ukl.classlib.Shadow}) and compare them with the JDK 25 they stand in for.
 */
package ukl.classlib;
