package java.text;

/** Where parsing continues, and where it failed (-1 while it has not). */
public class ParsePosition {
    private int index;
    private int errorIndex = -1;

    public ParsePosition(int index) {
        this.index = index;
    }

    public int getIndex() {
        return index;
    }

    public void setIndex(int index) {
        this.index = index;
    }

    public int getErrorIndex() {
        return errorIndex;
    }

    public void setErrorIndex(int errorIndex) {
        this.errorIndex = errorIndex;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ParsePosition p && p.index == index && p.errorIndex == errorIndex;
    }

    @Override
    public int hashCode() {
        return errorIndex << 16 | index;
    }

    @Override
    public String toString() {
        return getClass().getName() + "[index=" + index + ",errorIndex=" + errorIndex + ']';
    }
}
