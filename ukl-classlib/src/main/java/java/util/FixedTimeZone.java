package java.util;

/**
 * A zone whose offset never changes: UTC, GMT and the custom "GMT+hh:mm" ids of
 * {@link TimeZone#getTimeZone(String)}. It prints as the JDK's zone class does, so a Calendar's
 * {@code toString} reads the same.
 */
final class FixedTimeZone extends TimeZone {
    private int rawOffset;

    FixedTimeZone(String id, int rawOffset) {
        setID(id);
        this.rawOffset = rawOffset;
    }

    @Override
    public int getOffset(int era, int year, int month, int day, int dayOfWeek, int milliseconds) {
        return rawOffset;
    }

    @Override
    public int getOffset(long date) {
        return rawOffset;
    }

    @Override
    public void setRawOffset(int offsetMillis) {
        rawOffset = offsetMillis;
    }

    @Override
    public int getRawOffset() {
        return rawOffset;
    }

    @Override
    public boolean useDaylightTime() {
        return false;
    }

    @Override
    public boolean inDaylightTime(Date date) {
        return false;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FixedTimeZone z && getID().equals(z.getID()) && rawOffset == z.rawOffset;
    }

    @Override
    public int hashCode() {
        return getID().hashCode() ^ rawOffset;
    }

    @Override
    public String toString() {
        return "sun.util.calendar.ZoneInfo[id=\"" + getID() + "\",offset=" + rawOffset
                + ",dstSavings=0,useDaylight=false,transitions=0,lastRule=null]";
    }
}
