package corpus;

/**
 * Garbage collection: about 1.7 GB of short-lived strings and builders (concatenation, substring,
 * replace, split, valueOf), 50 times a 32 MiB heap; strings kept in a static array survive it all.
 */
public final class GcChurnStrings {
    private GcChurnStrings() {}

    private static final String[] KEPT = new String[16];

    public static void main(String[] args) {
        long checksum = 0;
        for (int round = 0; round < 12000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 600; i++) {
                sb.append("item-").append(i * round).append(',');
            }
            String all = sb.toString();
            String[] parts = all.split(",");
            int hash = 0;
            for (String p : parts) {
                String q = p.substring(5).replace('1', 'x') + "|" + p.length();
                hash = hash * 17 + q.hashCode();
            }
            String upper = all.toUpperCase();
            checksum = checksum * 131
                    + hash
                    + upper.length()
                    + String.valueOf(round * 7L).length();
            if (round % 750 == 0) {
                KEPT[round / 750] = "round " + round + " parts " + parts.length + " first " + parts[1];
            }
        }
        for (String s : KEPT) {
            System.out.println(s);
        }
        System.out.println("checksum " + checksum);
    }
}
