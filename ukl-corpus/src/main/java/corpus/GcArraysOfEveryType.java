package corpus;

/**
 * Garbage collection: about 1.7 GB of short-lived arrays of every element type, small ones and
 * large ones (beyond the collector's biggest size class), 50 times a 32 MiB heap; arrays kept in a
 * static two-dimensional table must keep their contents through every collection.
 */
public final class GcArraysOfEveryType {
    private GcArraysOfEveryType() {}

    private static final Object[][] KEPT = new Object[12][];

    public static void main(String[] args) {
        long checksum = 0;
        for (int round = 0; round < 2400; round++) {
            int n = round % 2 == 0 ? 50000 : 1 + round % 300;
            boolean[] z = new boolean[n];
            byte[] b = new byte[n];
            char[] c = new char[n];
            short[] s = new short[n];
            int[] i = new int[n];
            float[] f = new float[n];
            long[] j = new long[n];
            double[] d = new double[n];
            String[] strings = new String[n % 50 + 1];
            int[][] matrix = new int[n % 20 + 1][n % 30 + 1];
            for (int k = 0; k < n; k++) {
                z[k] = (k & 1) == 0;
                b[k] = (byte) k;
                c[k] = (char) ('a' + k % 26);
                s[k] = (short) (k * 3);
                i[k] = k * round;
                f[k] = k / 4f;
                j[k] = (long) k << 33;
                d[k] = k * 0.5;
            }
            for (int k = 0; k < strings.length; k++) {
                strings[k] = "s" + k;
            }
            matrix[matrix.length - 1][0] = round;
            long sum = 0;
            for (int k = 0; k < n; k += 97) {
                sum += (z[k] ? 1 : 0) + b[k] + c[k] + s[k] + i[k] + (long) f[k] + (j[k] >> 33) + (long) d[k];
            }
            sum += strings[strings.length - 1].length() + matrix[matrix.length - 1][0];
            checksum = checksum * 31 + sum;
            if (round % 200 == 0) {
                KEPT[round / 200] = new Object[] {z, b, c, s, i, f, j, d, strings, matrix};
            }
        }
        for (Object[] kept : KEPT) {
            int[] i = (int[]) kept[4];
            double[] d = (double[]) kept[7];
            String[] strings = (String[]) kept[8];
            int[][] matrix = (int[][]) kept[9];
            System.out.println(((boolean[]) kept[0]).length + " " + ((char[]) kept[2])[i.length - 1] + " "
                    + ((long[]) kept[6])[i.length - 1] + " " + i[i.length - 1] + " " + d[d.length - 1] + " "
                    + strings[strings.length - 1] + " " + matrix[matrix.length - 1][0]);
        }
        System.out.println("checksum " + checksum);
    }
}
