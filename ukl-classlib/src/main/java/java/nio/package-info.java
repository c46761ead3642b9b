/**
 * The image's {@code java.nio} buffers: heap arrays only. Each element type is one class that is
 * either backed by an array of its type or is a view of a {@link java.nio.ByteBuffer}'s bytes in a
 * fixed byte order, so the views share all code with the plain buffers; {@code allocateDirect}
 * gives a heap buffer that reports itself direct. Checks, exception types and messages are the
 * JDK's. Depends on {@code java.lang} and {@code java.util.Objects} only.
 */
package java.nio;
