/**
 * The differential corpus: small, deterministic programs, each a class with {@code main}, whose
 * standard output and exit status on the JVM are the truth an image must reproduce byte for byte.
 *
 * <p>Rules for a program here: deterministic output (no time, no identity hash codes, no
 * {@code Object.toString()} of plain objects), only class-library features the image supports,
 * an exit status chosen on purpose ({@code System.exit(n)} or an uncaught exception for 1).
 * One program per file, named after what it exercises.
 *
 * <p>The JVM side runs with {@code -XX:-ShowCodeDetailsInExceptionMessages}: images do not produce
 * the JVM's helpful NullPointerException messages (JEP 358), so an NPE's message is {@code null}.
 */
package corpus;
