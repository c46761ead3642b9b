package kv;

/**
 * Redis's glob patterns ({@code stringmatchlen} in util.c, case-sensitive): {@code *} any run,
 * {@code ?} one byte, {@code [abc]}, {@code [^abc]}, {@code [a-z]} (bounds in either order), and
 * {@code \} to quote the next byte. Bytes compare as C's signed {@code char}, as Redis's do; an
 * unterminated {@code [} takes the rest of the pattern as its set. A {@code *} that failed to match
 * at every later position stops the outer stars from trying longer matches (Redis's
 * {@code skipLongerMatches}), which keeps patterns like {@code a*a*a*a*b} linear.
 */
final class Glob {
    private final byte[] p;
    private final int pend;
    private final byte[] s;
    private final int send;
    private boolean skipLonger;

    private Glob(byte[] p, int pend, byte[] s, int send) {
        this.p = p;
        this.pend = pend;
        this.s = s;
        this.send = send;
    }

    static boolean matches(byte[] pattern, int poff, int plen, byte[] string, int soff, int slen) {
        return new Glob(pattern, poff + plen, string, soff + slen).match(poff, soff);
    }

    /** The pattern byte at i, or 0 past the end (Redis reads the string's terminating NUL). */
    private byte pc(int i) {
        return i < pend ? p[i] : 0;
    }

    private boolean match(int pi, int si) {
        while (pi < pend && si < send) {
            switch (p[pi]) {
                case '*' -> {
                    while (pi + 1 < pend && p[pi + 1] == '*') {
                        pi++;
                    }
                    if (pi + 1 == pend) {
                        return true;
                    }
                    while (si < send) {
                        if (match(pi + 1, si)) {
                            return true;
                        }
                        if (skipLonger) {
                            return false;
                        }
                        si++;
                    }
                    skipLonger = true;
                    return false;
                }
                case '?' -> si++;
                case '[' -> {
                    pi++;
                    boolean not = pc(pi) == '^';
                    if (not) {
                        pi++;
                    }
                    boolean match = false;
                    for (; ; ) {
                        if (pc(pi) == '\\' && pend - pi >= 2) {
                            pi++;
                            match |= p[pi] == s[si];
                        } else if (pc(pi) == ']') {
                            break;
                        } else if (pi >= pend) {
                            pi--; // the set ran to the end: step back so the outer advance lands there
                            break;
                        } else if (pend - pi >= 3 && p[pi + 1] == '-') {
                            int lo = Math.min(p[pi], p[pi + 2]);
                            int hi = Math.max(p[pi], p[pi + 2]);
                            match |= s[si] >= lo && s[si] <= hi;
                            pi += 2;
                        } else {
                            match |= p[pi] == s[si];
                        }
                        pi++;
                    }
                    if (not == match) {
                        return false;
                    }
                    si++;
                }
                default -> {
                    if (p[pi] == '\\' && pend - pi >= 2) {
                        pi++;
                    }
                    if (p[pi] != s[si]) {
                        return false;
                    }
                    si++;
                }
            }
            pi++;
            if (si == send) {
                while (pi < pend && p[pi] == '*') {
                    pi++;
                }
                break;
            }
        }
        return pi == pend && si == send;
    }
}
