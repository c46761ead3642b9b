/**
 * The smallest piece of {@code java.util.stream} that ordinary code reaches without asking for
 * streams: {@link java.util.stream.IntStream} as {@code String.chars()} returns it, eager and
 * sequential, over an {@code int[]}. Any stream method not declared here fails the link at the
 * call site (the linker names it), which is the rule for everything the class library lacks.
 */
package java.util.stream;
