package java.time.format;

import java.time.temporal.ChronoField;
import java.util.ArrayList;

/** Parse settings (case, strictness) and the fields parsed so far, saved at each optional section. */
final class ParseContext {
    boolean caseSensitive = true;
    boolean strict = true;
    Parsed parsed = new Parsed();
    private final ArrayList<Parsed> saved = new ArrayList<>();

    void startOptional() {
        saved.add(parsed.copy());
    }

    void endOptional(boolean successful) {
        Parsed before = saved.remove(saved.size() - 1);
        if (!successful) {
            parsed = before;
        }
    }

    /** Records a field; a second, different value for it fails the parse at {@code errorPos}. */
    int setField(ChronoField field, long value, int errorPos, int successPos) {
        return parsed.put(field, value) ? successPos : ~errorPos;
    }

    boolean charEquals(char a, char b) {
        return a == b || (!caseSensitive && Character.toUpperCase(a) == Character.toUpperCase(b));
    }

    boolean matches(CharSequence text, int pos, String s) {
        if (pos + s.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!charEquals(text.charAt(pos + i), s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
