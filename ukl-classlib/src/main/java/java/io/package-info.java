/**
 * The image's {@code java.io} subset, with the JDK's contracts (-1 at the end, the same exception
 * types and messages where a program can see them): byte streams (buffered, data with modified
 * UTF-8, pushback, sequence, byte arrays), character streams (readers and writers over strings,
 * char arrays and byte streams in any charset of {@code java.nio.charset}), and PrintStream and
 * PrintWriter, which never throw. There are no files: {@code System.in/out/err} are the console;
 * {@code File} handles path names and answers as for a missing file, the file streams fail to open
 * as the JDK does for one, and the object streams refuse at construction (no serialization).
 * Depends on {@code java.lang}, {@code java.util} and {@code java.nio}/{@code java.nio.charset}.
 */
package java.io;
