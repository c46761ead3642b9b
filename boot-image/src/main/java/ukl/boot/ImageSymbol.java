package ukl.boot;

/**
 * A function or object of a built image and the bytes it takes: its symbol, the section it lies in
 * ({@code .text}, {@code .rodata}, {@code .data}, {@code .bss}, …) and its size.
 */
public record ImageSymbol(String name, String section, long size) {}
