package java.nio.charset;

import java.nio.CharBuffer;

/** What an encoder makes of a surrogate at the head of its input (the JDK's Surrogate.Parser). */
final class Surrogates {
    private Surrogates() {}

    /**
     * For the surrogate {@code c} just read from {@code in}: the code point of a valid pair (the low
     * half consumed), or -1 with {@code error[0]} set: UNDERFLOW when the pair may still arrive,
     * malformed[1] for an unpaired surrogate.
     */
    static int parse(char c, CharBuffer in, CoderResult[] error) {
        if (Character.isHighSurrogate(c)) {
            if (!in.hasRemaining()) {
                error[0] = CoderResult.UNDERFLOW;
                return -1;
            }
            char d = in.get();
            if (Character.isLowSurrogate(d)) {
                return Character.toCodePoint(c, d);
            }
            error[0] = CoderResult.malformedForLength(1);
            return -1;
        }
        error[0] = CoderResult.malformedForLength(1);
        return -1;
    }
}
