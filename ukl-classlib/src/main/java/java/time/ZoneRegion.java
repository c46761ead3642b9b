package java.time;

import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesException;

/** A named zone with fixed rules: UTC, GMT, UT and their offset forms. */
final class ZoneRegion extends ZoneId {
    static final ZoneRegion UTC = new ZoneRegion("UTC", ZoneOffset.UTC);

    private final String id;
    private final ZoneOffset offset;

    ZoneRegion(String id, ZoneOffset offset) {
        this.id = id;
        this.offset = offset;
    }

    /** Any other region: a malformed id is a DateTimeException, a well-formed one a ZoneRulesException. */
    static ZoneId unknown(String zoneId) {
        if (!isRegionId(zoneId)) {
            throw new DateTimeException("Invalid ID for region-based ZoneId, invalid format: " + zoneId);
        }
        throw new ZoneRulesException("Unknown time-zone ID: " + zoneId
                + " (ukl images carry no time-zone database; use ZoneOffset.of(\"+01:00\"), ZoneOffset.UTC"
                + " or ZoneId.of(\"UTC\") instead)");
    }

    /** The JDK's region syntax: {@code [A-Za-z][A-Za-z0-9~/._+-]+}. */
    private static boolean isRegionId(String id) {
        if (id.length() < 2) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean other =
                    (c >= '0' && c <= '9') || c == '~' || c == '/' || c == '.' || c == '_' || c == '+' || c == '-';
            if (!letter && (i == 0 || !other)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public ZoneRules getRules() {
        return ZoneRules.of(offset);
    }
}
