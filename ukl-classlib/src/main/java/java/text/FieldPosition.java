package java.text;

/**
 * Which field of a formatted result the caller wants located (NumberFormat.INTEGER_FIELD or
 * FRACTION_FIELD), and where the formatter found it.
 */
public class FieldPosition {
    private final int field;
    private final Format.Field attribute;
    private int beginIndex;
    private int endIndex;

    public FieldPosition(int field) {
        this(null, field);
    }

    public FieldPosition(Format.Field attribute) {
        this(attribute, -1);
    }

    public FieldPosition(Format.Field attribute, int fieldID) {
        this.attribute = attribute;
        this.field = fieldID;
    }

    public Format.Field getFieldAttribute() {
        return attribute;
    }

    public int getField() {
        return field;
    }

    public int getBeginIndex() {
        return beginIndex;
    }

    public int getEndIndex() {
        return endIndex;
    }

    public void setBeginIndex(int bi) {
        beginIndex = bi;
    }

    public void setEndIndex(int ei) {
        endIndex = ei;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FieldPosition p
                && p.field == field
                && p.beginIndex == beginIndex
                && p.endIndex == endIndex
                && java.util.Objects.equals(p.attribute, attribute);
    }

    @Override
    public int hashCode() {
        return field << 24 | beginIndex << 16 | endIndex;
    }

    @Override
    public String toString() {
        return getClass().getName() + "[field=" + field + ",attribute=" + attribute + ",beginIndex=" + beginIndex
                + ",endIndex=" + endIndex + ']';
    }
}
