/**
 * The image's {@code java.io} subset: byte output streams and PrintStream (UTF-8 only), which is
 * what {@code System.out} and {@code System.err} are. Depends on {@code java.lang} only.
 */
package java.io;
