package java.util.regex;

import java.util.HashMap;
import java.util.Map;

/**
 * Compiles the JDK's pattern syntax into a {@link Node} graph. One pass over the text: an
 * expression is alternatives of sequences, a sequence is atoms each with an optional
 * quantifier. Every fragment carries its shortest and longest length, which look-behind needs
 * (the JDK rejects a look-behind without an obvious maximum, and so does this). Error
 * descriptions are the JDK's.
 */
final class Parser {
    static final int UNBOUNDED = Integer.MAX_VALUE;

    private final String p;
    private final int n;
    private int cursor;
    private int flags;
    int groupCount = 1;
    int localCount;
    final Map<String, Integer> named = new HashMap<>();

    Parser(String pattern, int flags) {
        this.p = pattern;
        this.n = pattern.length();
        this.flags = flags;
    }

    /** A piece of the graph: enter at head, leave through tail.next; lengths in chars (max -1: unbounded). */
    private static final class Frag {
        final Node head;
        final Node tail;
        final int min;
        final int max;

        Frag(Node head, Node tail, int min, int max) {
            this.head = head;
            this.tail = tail;
            this.min = min;
            this.max = max;
        }
    }

    private boolean has(int flag) {
        return (flags & flag) != 0;
    }

    private int fold() {
        return !has(Pattern.CASE_INSENSITIVE) ? 0 : has(Pattern.UNICODE_CASE) ? 2 : 1;
    }

    /** Indexed as the JDK's: one before the cursor, which a read at the end still advances. */
    PatternSyntaxException error(String desc) {
        return new PatternSyntaxException(desc, p, cursor - 1);
    }

    /** The whole pattern, ending in {@code accept}. */
    Node compile(Node accept) {
        Frag f;
        if (has(Pattern.LITERAL)) {
            Node head = new Node.Conn();
            Node tail = head;
            for (int i = 0; i < n; ) {
                int c = p.codePointAt(i);
                i += Character.charCount(c);
                Node atom = new Node.CharProperty(new CharPredicate.Single(c, fold()));
                tail.next = atom;
                tail = atom;
            }
            f = new Frag(head, tail, n, n);
            cursor = n;
        } else {
            f = expr();
        }
        if (cursor < n) {
            if (p.charAt(cursor) == ')') {
                throw error("Unmatched closing ')'");
            }
            throw error("Unexpected internal error");
        }
        f.tail.next = accept;
        return f.head;
    }

    private int peek() {
        skipComments();
        return cursor < n ? p.charAt(cursor) : -1;
    }

    /** With COMMENTS, white space and {@code #...} to the line's end are not part of the pattern. */
    private void skipComments() {
        if (!has(Pattern.COMMENTS)) {
            return;
        }
        while (cursor < n) {
            char c = p.charAt(cursor);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                cursor++;
            } else if (c == '#') {
                while (cursor < n && p.charAt(cursor) != '\n' && p.charAt(cursor) != '\r') {
                    cursor++;
                }
            } else {
                return;
            }
        }
    }

    private int next() {
        int c = peek();
        cursor++;
        return c;
    }

    private Frag expr() {
        Frag first = sequence();
        if (peek() != '|') {
            return first;
        }
        java.util.ArrayList<Frag> alternatives = new java.util.ArrayList<>();
        alternatives.add(first);
        while (peek() == '|') {
            next();
            alternatives.add(sequence());
        }
        Node join = new Node.Conn();
        Node[] heads = new Node[alternatives.size()];
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < heads.length; i++) {
            Frag a = alternatives.get(i);
            a.tail.next = join;
            heads[i] = a.head;
            min = Math.min(min, a.min);
            max = max < 0 || a.max < 0 ? -1 : Math.max(max, a.max);
        }
        return new Frag(new Node.Branch(heads), join, min, max);
    }

    private Frag sequence() {
        Node head = new Node.Conn();
        Node tail = head;
        int min = 0;
        int max = 0;
        while (true) {
            int c = peek();
            Frag atom;
            switch (c) {
                case -1, '|', ')' -> {
                    return new Frag(head, tail, min, max);
                }
                case '(' -> {
                    next();
                    atom = group();
                    if (atom == null) {
                        continue; // flags only
                    }
                }
                case '[' -> {
                    next();
                    atom = single(clazz());
                }
                case '\\' -> atom = escapeAtom();
                case '^' -> {
                    next();
                    atom = zeroWidth(new Node.Anchor(
                            !has(Pattern.MULTILINE)
                                    ? Node.Anchor.BEGIN
                                    : has(Pattern.UNIX_LINES) ? Node.Anchor.UNIX_CARET : Node.Anchor.CARET));
                }
                case '$' -> {
                    next();
                    boolean multi = has(Pattern.MULTILINE);
                    atom = zeroWidth(new Node.Anchor(
                            has(Pattern.UNIX_LINES)
                                    ? multi ? Node.Anchor.UNIX_DOLLAR_MULTILINE : Node.Anchor.UNIX_DOLLAR
                                    : multi ? Node.Anchor.DOLLAR_MULTILINE : Node.Anchor.DOLLAR));
                }
                case '.' -> {
                    next();
                    atom = single(new CharPredicate.Ctype(
                            has(Pattern.DOTALL)
                                    ? CharPredicate.Ctype.ALL
                                    : has(Pattern.UNIX_LINES)
                                            ? CharPredicate.Ctype.UNIX_DOT
                                            : CharPredicate.Ctype.DOT));
                }
                case '?', '*', '+' -> {
                    next();
                    throw error("Dangling meta character '" + (char) c + "'");
                }
                case '{' -> {
                    next();
                    throw error("Illegal repetition");
                }
                default -> {
                    int cp = p.codePointAt(cursor);
                    cursor += Character.charCount(cp);
                    atom = single(new CharPredicate.Single(cp, fold()));
                }
            }
            if (quotedPrefix != null) {
                tail.next = quotedPrefix.head;
                tail = quotedPrefix.tail;
                min = sat(min + (long) quotedPrefix.min);
                max = max < 0 ? -1 : sat(max + (long) quotedPrefix.max);
                quotedPrefix = null;
            }
            atom = closure(atom);
            tail.next = atom.head;
            tail = atom.tail;
            min = sat(min + (long) atom.min);
            long sum = (long) max + atom.max;
            max = max < 0 || atom.max < 0 || sum > Integer.MAX_VALUE ? -1 : (int) sum;
        }
    }

    private static int sat(long v) {
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static Frag single(CharPredicate predicate) {
        Node node = new Node.CharProperty(predicate);
        return new Frag(node, node, 1, 1);
    }

    private static Frag zeroWidth(Node node) {
        return new Frag(node, node, 0, 0);
    }

    /** An optional quantifier after an atom: {@code ? * + {n} {n,} {n,m}}, then {@code ?} (lazy) or {@code +} (possessive). */
    private Frag closure(Frag atom) {
        int c = peek();
        int min;
        int max;
        switch (c) {
            case '?' -> {
                next();
                min = 0;
                max = 1;
            }
            case '*' -> {
                next();
                min = 0;
                max = UNBOUNDED;
            }
            case '+' -> {
                next();
                min = 1;
                max = UNBOUNDED;
            }
            case '{' -> {
                if (cursor + 1 >= n || !isDigit(p.charAt(cursor + 1))) {
                    cursor += 2;
                    throw error("Illegal repetition");
                }
                next();
                min = number();
                max = min;
                if (peek() == ',') {
                    next();
                    max = peek() == '}' ? UNBOUNDED : number();
                }
                if (next() != '}') {
                    throw error("Unclosed counted closure");
                }
                if (max < min) {
                    throw error("Illegal repetition range");
                }
            }
            default -> {
                return atom;
            }
        }
        int type = Node.CharRepeat.GREEDY;
        if (peek() == '?') {
            next();
            type = Node.CharRepeat.LAZY;
        } else if (peek() == '+') {
            next();
            type = Node.CharRepeat.POSSESSIVE;
        }
        int rmin = sat((long) atom.min * min);
        // the JDK's length study: a maximum is lost only when it overflows (or with a back-reference)
        long product = (long) atom.max * max;
        int rmax = atom.max < 0 || product > Integer.MAX_VALUE ? -1 : (int) product;
        if (atom.head == atom.tail && atom.head instanceof Node.CharProperty cp) {
            Node r = new Node.CharRepeat(cp.predicate, min, max, type);
            return new Frag(r, r, rmin, rmax);
        }
        Node.Repeat repeat = new Node.Repeat(min, max, type == Node.CharRepeat.LAZY, localCount++, localCount++);
        repeat.body = atom.head;
        atom.tail.next = new Node.RepeatTail(repeat);
        if (type != Node.CharRepeat.POSSESSIVE) {
            return new Frag(repeat, repeat, rmin, rmax);
        }
        repeat.next = new Node.SubEnd();
        Node atomic = new Node.Atomic(repeat);
        return new Frag(atomic, atomic, rmin, rmax);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private int number() {
        int v = 0;
        if (!isDigit(peek())) {
            throw error("Illegal repetition range");
        }
        while (isDigit(peek())) {
            v = v * 10 + (next() - '0');
            if (v < 0 || v > 1_000_000_000) {
                throw error("Illegal repetition range");
            }
        }
        return v;
    }

    /** After {@code (}: a group of some kind, or null for a flags-only {@code (?imsx)}. */
    private Frag group() {
        int savedFlags = flags;
        Frag body;
        Node head;
        Node tail;
        if (peek() != '?') {
            int group = groupCount++;
            int local = localCount++;
            body = expr();
            head = new Node.GroupHead(local);
            tail = new Node.GroupTail(local, group);
            head.next = body.head;
            body.tail.next = tail;
            closeGroup(savedFlags);
            return new Frag(head, tail, body.min, body.max);
        }
        next();
        int c = next();
        switch (c) {
            case ':' -> {
                body = expr();
                closeGroup(savedFlags);
                return body;
            }
            case '=', '!' -> {
                body = expr();
                body.tail.next = new Node.SubEnd();
                closeGroup(savedFlags);
                return zeroWidth(new Node.LookAhead(body.head, c == '!'));
            }
            case '>' -> {
                body = expr();
                body.tail.next = new Node.SubEnd();
                closeGroup(savedFlags);
                Node atomic = new Node.Atomic(body.head);
                return new Frag(atomic, atomic, body.min, body.max);
            }
            case '<' -> {
                int d = next();
                if (d == '=' || d == '!') {
                    body = expr();
                    body.tail.next = new Node.BehindEnd();
                    closeGroup(savedFlags);
                    if (body.max < 0) {
                        throw error("Look-behind group does not have an obvious maximum length");
                    }
                    return zeroWidth(new Node.LookBehind(body.head, d == '!', body.min, body.max));
                }
                cursor--;
                String name = groupName();
                if (named.containsKey(name)) {
                    throw error("Named capturing group <" + name + "> is already defined");
                }
                int group = groupCount++;
                named.put(name, group);
                int local = localCount++;
                body = expr();
                head = new Node.GroupHead(local);
                tail = new Node.GroupTail(local, group);
                head.next = body.head;
                body.tail.next = tail;
                closeGroup(savedFlags);
                return new Frag(head, tail, body.min, body.max);
            }
            default -> {
                cursor--;
                addFlags();
                int e = next();
                if (e == ')') {
                    return null; // the flags hold to the end of the enclosing group
                }
                if (e != ':') {
                    throw error("Unknown inline modifier");
                }
                body = expr();
                closeGroup(savedFlags);
                return body;
            }
        }
    }

    private void closeGroup(int savedFlags) {
        if (next() != ')') {
            throw error("Unclosed group");
        }
        flags = savedFlags;
    }

    private static boolean isLatin(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A group name: a Latin letter, then letters and digits, then '>'. */
    private String groupName() {
        StringBuilder name = new StringBuilder();
        int c = next();
        if (!isLatin(c)) {
            throw error("capturing group name does not start with a Latin letter");
        }
        do {
            name.append((char) c);
        } while (isLatin(c = next()) || isDigit(c));
        if (c != '>') {
            throw error("named capturing group is missing trailing '>'");
        }
        return name.toString();
    }

    /** {@code (?idmsuxU-idmsuxU}: the letters set (or, after '-', clear) flags. */
    private void addFlags() {
        boolean clear = false;
        while (true) {
            int c = peek();
            int flag =
                    switch (c) {
                        case 'i' -> Pattern.CASE_INSENSITIVE;
                        case 'm' -> Pattern.MULTILINE;
                        case 's' -> Pattern.DOTALL;
                        case 'd' -> Pattern.UNIX_LINES;
                        case 'u' -> Pattern.UNICODE_CASE;
                        case 'c' -> Pattern.CANON_EQ;
                        case 'x' -> Pattern.COMMENTS;
                        case 'U' -> Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
                        case '-' -> -1;
                        default -> 0;
                    };
            if (flag == 0) {
                return;
            }
            next();
            if (flag == -1) {
                clear = true;
            } else if (clear) {
                flags &= ~flag;
            } else {
                flags |= flag;
            }
        }
    }

    // ---- escapes

    private Frag escapeAtom() {
        next(); // the backslash
        int c = cursor < n ? p.charAt(cursor) : -1;
        cursor++;
        switch (c) {
            case -1 -> throw error("Unescaped trailing backslash");
            case 'A' -> {
                return zeroWidth(new Node.Anchor(Node.Anchor.BEGIN));
            }
            case 'z' -> {
                return zeroWidth(new Node.Anchor(Node.Anchor.END));
            }
            case 'Z' -> {
                return zeroWidth(
                        new Node.Anchor(has(Pattern.UNIX_LINES) ? Node.Anchor.UNIX_DOLLAR : Node.Anchor.DOLLAR));
            }
            case 'G' -> {
                return zeroWidth(new Node.Anchor(Node.Anchor.LAST_MATCH));
            }
            case 'b' -> {
                return zeroWidth(new Node.Anchor(Node.Anchor.BOUND));
            }
            case 'B' -> {
                return zeroWidth(new Node.Anchor(Node.Anchor.NOT_BOUND));
            }
            case 'Q' -> {
                return quoted();
            }
            case 'R' -> {
                return linebreak();
            }
            case 'k' -> {
                if (next() != '<') {
                    throw error("\\k is not followed by '<' for named capturing group");
                }
                String name = groupName();
                Integer group = named.get(name);
                if (group == null) {
                    throw error("named capturing group <" + name + "> does not exist");
                }
                Node ref = new Node.BackRef(group, fold());
                return new Frag(ref, ref, 0, -1);
            }
            default -> {
                if (c >= '1' && c <= '9') {
                    int ref = c - '0';
                    while (cursor < n && isDigit(p.charAt(cursor))) {
                        int more = ref * 10 + p.charAt(cursor) - '0';
                        if (groupCount - 1 < more) {
                            break;
                        }
                        ref = more;
                        cursor++;
                    }
                    Node back = new Node.BackRef(ref, fold());
                    return new Frag(back, back, 0, -1);
                }
                cursor--;
                CharPredicate cls = classEscape();
                if (cls != null) {
                    return single(cls);
                }
                return single(new CharPredicate.Single(escapedChar(), fold()));
            }
        }
    }

    /**
     * {@code \Q...\E}: every char literal up to {@code \E} or the end. As in the JDK, a
     * quantifier after it applies to its last char only: the others wait in {@link #quotedPrefix}
     * for the sequence to link them first.
     */
    private Frag quoted() {
        int end = p.indexOf("\\E", cursor);
        String text = end < 0 ? p.substring(cursor) : p.substring(cursor, end);
        cursor = end < 0 ? n : end + 2;
        Node head = new Node.Conn();
        Node tail = head;
        int last = text.length()
                - (text.length() >= 2
                                && Character.isLowSurrogate(text.charAt(text.length() - 1))
                                && Character.isHighSurrogate(text.charAt(text.length() - 2))
                        ? 2
                        : text.isEmpty() ? 0 : 1);
        for (int i = 0; i < last; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Node atom = new Node.CharProperty(new CharPredicate.Single(c, fold()));
            tail.next = atom;
            tail = atom;
        }
        quotedPrefix = new Frag(head, tail, last, last);
        if (text.isEmpty()) {
            Node empty = new Node.Conn();
            return new Frag(empty, empty, 0, 0);
        }
        return single(new CharPredicate.Single(text.codePointAt(last), fold()));
    }

    /** The chars of a {@code \Q...\E} before its last, linked ahead of the quantified last char. */
    private Frag quotedPrefix;

    /** {@code \R}: {@code \r\n} or one vertical line break char, atomically (JDK). */
    private Frag linebreak() {
        Node cr = new Node.CharProperty(new CharPredicate.Single('\r', 0));
        Node lf = new Node.CharProperty(new CharPredicate.Single('\n', 0));
        Node end = new Node.SubEnd();
        cr.next = lf;
        lf.next = end;
        Node other = new Node.CharProperty(new CharPredicate.Ctype(CharPredicate.Ctype.VSPACE));
        other.next = end;
        Node atomic = new Node.Atomic(new Node.Branch(new Node[] {cr, other}));
        return new Frag(atomic, atomic, 1, 2);
    }

    /** At a backslash's letter: a predefined class ({@code \d \w \s \h \v \p{..}} and negations), or null. */
    private CharPredicate classEscape() {
        int c = p.charAt(cursor);
        int kind;
        switch (c) {
            case 'd', 'D' -> kind = CharPredicate.Ctype.DIGIT;
            case 'w', 'W' -> kind = CharPredicate.Ctype.WORD;
            case 's', 'S' -> kind = CharPredicate.Ctype.SPACE;
            case 'h', 'H' -> kind = CharPredicate.Ctype.HSPACE;
            case 'v', 'V' -> kind = CharPredicate.Ctype.VSPACE;
            case 'p', 'P' -> {
                cursor++;
                CharPredicate property = property();
                return c == 'P' ? new CharPredicate.Not(property) : property;
            }
            default -> {
                return null;
            }
        }
        cursor++;
        CharPredicate predicate = new CharPredicate.Ctype(kind);
        return Character.isUpperCase(c) ? new CharPredicate.Not(predicate) : predicate;
    }

    /** {@code \p{Name}} or {@code \pL}: POSIX classes, java.lang.Character properties, general categories, blocks. */
    private CharPredicate property() {
        String name;
        if (cursor < n && p.charAt(cursor) == '{') {
            int close = p.indexOf('}', cursor);
            if (close < 0) {
                cursor = n;
                throw error("Unclosed character family");
            }
            name = p.substring(cursor + 1, close);
            cursor = close + 1;
        } else {
            if (cursor >= n) {
                throw error("Illegal character family");
            }
            name = String.valueOf(p.charAt(cursor++));
        }
        if (name.startsWith("In")) {
            int[] block = UnicodeBlocks.range(name.substring(2));
            if (block == null) {
                throw error("Unknown character block name {" + name.substring(2) + "}");
            }
            return new CharPredicate.Range(block[0], block[1], 0);
        }
        if (name.startsWith("Is")) {
            name = name.substring(2);
        }
        boolean ci = has(Pattern.CASE_INSENSITIVE);
        int kind =
                switch (name) {
                    case "Lower" -> ci ? CharPredicate.Ctype.ALPHA : CharPredicate.Ctype.LOWER;
                    case "Upper" -> ci ? CharPredicate.Ctype.ALPHA : CharPredicate.Ctype.UPPER;
                    case "ASCII" -> CharPredicate.Ctype.ASCII;
                    case "Alpha" -> CharPredicate.Ctype.ALPHA;
                    case "Digit" -> CharPredicate.Ctype.DIGIT;
                    case "Alnum" -> CharPredicate.Ctype.ALNUM;
                    case "Punct" -> CharPredicate.Ctype.PUNCT;
                    case "Graph" -> CharPredicate.Ctype.GRAPH;
                    case "Print" -> CharPredicate.Ctype.PRINT;
                    case "Blank" -> CharPredicate.Ctype.BLANK;
                    case "Cntrl" -> CharPredicate.Ctype.CNTRL;
                    case "XDigit" -> CharPredicate.Ctype.XDIGIT;
                    case "Space" -> CharPredicate.Ctype.SPACE;
                    case "javaLowerCase", "Ll", "Lowercase", "LOWERCASE" -> CharPredicate.Ctype.J_LOWER;
                    case "javaUpperCase", "Lu", "Uppercase", "UPPERCASE" -> CharPredicate.Ctype.J_UPPER;
                    case "javaWhitespace" -> CharPredicate.Ctype.J_WHITESPACE;
                    case "javaDigit", "Nd", "Digit_Decimal" -> CharPredicate.Ctype.J_DIGIT;
                    case "javaLetter", "L", "Letter", "LETTER" -> CharPredicate.Ctype.J_LETTER;
                    case "javaLetterOrDigit" -> CharPredicate.Ctype.J_LETTER_OR_DIGIT;
                    case "javaAlphabetic", "Alphabetic", "ALPHABETIC" -> CharPredicate.Ctype.J_ALPHABETIC;
                    case "javaSpaceChar" -> CharPredicate.Ctype.J_SPACE_CHAR;
                    case "javaISOControl", "Cc", "Control", "CONTROL" -> CharPredicate.Ctype.J_ISO_CONTROL;
                    case "javaJavaIdentifierStart" -> CharPredicate.Ctype.J_IDENTIFIER_START;
                    case "javaJavaIdentifierPart" -> CharPredicate.Ctype.J_IDENTIFIER_PART;
                    case "White_Space", "WhiteSpace", "WHITE_SPACE" -> CharPredicate.Ctype.J_WHITESPACE;
                    default -> throw error("Unknown character property name {" + name + "}");
                };
        CharPredicate predicate = new CharPredicate.Ctype(kind);
        if (ci && (kind == CharPredicate.Ctype.J_LOWER || kind == CharPredicate.Ctype.J_UPPER)) {
            // case-insensitive lower/upper case classes match either case (JDK)
            return new CharPredicate.Either(
                    new CharPredicate.Ctype(CharPredicate.Ctype.J_LOWER),
                    new CharPredicate.Ctype(CharPredicate.Ctype.J_UPPER));
        }
        return predicate;
    }

    /** The char a backslash escape stands for ({@code \t \n \x41 \u0041 \0101 \cA}, or a quoted non-letter). */
    private int escapedChar() {
        int c = cursor < n ? p.charAt(cursor++) : -1;
        switch (c) {
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 'f':
                return '\f';
            case 'a':
                return 7;
            case 'e':
                return 27;
            case '0':
                return octal();
            case 'x':
                return hex();
            case 'u':
                return unicode();
            case 'c':
                if (cursor >= n) {
                    throw error("Illegal control escape sequence");
                }
                return p.charAt(cursor++) ^ 64;
            case -1:
                throw error("Unexpected internal error");
            default:
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                    throw error("Illegal/unsupported escape sequence");
                }
                if (Character.isHighSurrogate((char) c) && cursor < n && Character.isLowSurrogate(p.charAt(cursor))) {
                    return Character.toCodePoint((char) c, p.charAt(cursor++));
                }
                return c;
        }
    }

    private int octal() {
        int v = 0;
        int digits = 0;
        while (digits < 3 && cursor < n && p.charAt(cursor) >= '0' && p.charAt(cursor) <= '7') {
            int next = v * 8 + p.charAt(cursor) - '0';
            if (digits == 2 && v > 037) {
                break; // \0377 at most
            }
            v = next;
            cursor++;
            digits++;
        }
        if (digits == 0) {
            throw error("Illegal octal escape sequence");
        }
        return v;
    }

    private int hexDigit() {
        int c = cursor < n ? p.charAt(cursor) : -1;
        int d = Character.digit(c, 16);
        if (c < 0 || d < 0) {
            return -1;
        }
        cursor++;
        return d;
    }

    private int hex() {
        if (cursor < n && p.charAt(cursor) == '{') {
            cursor++;
            int v = 0;
            int d;
            int count = 0;
            while ((d = hexDigit()) >= 0) {
                v = v * 16 + d;
                count++;
                if (v > Character.MAX_CODE_POINT) {
                    throw error("Hexadecimal codepoint is too big");
                }
            }
            if (count == 0 || cursor >= n || p.charAt(cursor) != '}') {
                throw error("Unclosed hexadecimal escape sequence");
            }
            cursor++;
            return v;
        }
        int a = hexDigit();
        int b = a < 0 ? -1 : hexDigit();
        if (b < 0) {
            throw error("Illegal hexadecimal escape sequence");
        }
        return a * 16 + b;
    }

    private int unicode() {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = hexDigit();
            if (d < 0) {
                throw error("Illegal Unicode escape sequence");
            }
            v = v * 16 + d;
        }
        return v;
    }

    // ---- character classes

    /** After {@code [}: a union of ranges, single chars, escapes and nested classes, with {@code &&} intersections. */
    private CharPredicate clazz() {
        boolean negate = false;
        if (peek() == '^') {
            next();
            negate = true;
        }
        CharPredicate prev = null;
        boolean first = true;
        while (true) {
            int c = peek();
            if (c < 0) {
                throw error("Unclosed character class");
            }
            if (c == '[') {
                next();
                prev = CharPredicate.union(prev, clazz());
            } else if (c == '&' && cursor + 1 < n && p.charAt(cursor + 1) == '&') {
                next();
                next();
                CharPredicate right = null;
                while (true) {
                    int d = peek();
                    if (d < 0) {
                        throw error("Unclosed character class");
                    }
                    if (d == ']' || d == '&' && cursor + 1 < n && p.charAt(cursor + 1) == '&') {
                        break;
                    }
                    if (d == '[') {
                        next();
                        right = CharPredicate.union(right, clazz());
                    } else {
                        right = CharPredicate.union(right, range());
                    }
                }
                if (right != null) {
                    prev = prev == null ? right : new CharPredicate.Both(prev, right);
                }
            } else if (c == ']' && !first) {
                next();
                CharPredicate whole =
                        prev == null ? new CharPredicate.Not(new CharPredicate.Ctype(CharPredicate.Ctype.ALL)) : prev;
                return negate ? new CharPredicate.Not(whole) : whole;
            } else {
                prev = CharPredicate.union(prev, range());
            }
            first = false;
        }
    }

    /** One class item: a char, a {@code a-z} range, an escape or {@code \Q..\E}. */
    private CharPredicate range() {
        int c;
        if (peek() == '\\') {
            next();
            if (cursor < n && p.charAt(cursor) == 'Q') {
                cursor++;
                int end = p.indexOf("\\E", cursor);
                String text = end < 0 ? p.substring(cursor) : p.substring(cursor, end);
                cursor = end < 0 ? n : end + 2;
                CharPredicate all = null;
                for (int i = 0; i < text.length(); ) {
                    int q = text.codePointAt(i);
                    i += Character.charCount(q);
                    all = CharPredicate.union(all, new CharPredicate.Single(q, fold()));
                }
                return all;
            }
            CharPredicate cls = cursor < n ? classEscape() : null;
            if (cls != null) {
                return cls;
            }
            c = escapedChar();
        } else {
            c = p.codePointAt(cursor);
            cursor += Character.charCount(c);
        }
        if (peek() == '-' && cursor + 1 >= n) {
            cursor += 2;
            throw error("Illegal character range");
        }
        if (peek() == '-' && cursor + 1 < n) {
            int after = p.charAt(cursor + 1);
            if (after != '[' && after != ']') {
                next();
                int end;
                if (peek() == '\\') {
                    next();
                    end = escapedChar();
                } else {
                    end = p.codePointAt(cursor);
                    cursor += Character.charCount(end);
                }
                if (end < c) {
                    throw error("Illegal character range");
                }
                return new CharPredicate.Range(c, end, fold());
            }
        }
        return new CharPredicate.Single(c, fold());
    }
}
