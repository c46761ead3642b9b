package corpus;

/** Arrays of every element type: defaults, multianewarray, partial dimensions, clone, arraycopy and covariance. */
public final class MultiDimArrays {
    private MultiDimArrays() {}

    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                grid[i][j] = i * 10 + j;
            }
        }
        long sum = 0;
        for (int[] row : grid) {
            for (int v : row) {
                sum += v;
            }
        }
        System.out.println(sum + " " + grid.length + " " + grid[2].length + " "
                + grid.getClass().getName());
        long[][][] cube = new long[2][3][];
        System.out.println(cube[1][2] == null);
        cube[1][2] = new long[] {Long.MIN_VALUE, 5};
        System.out.println(cube[1][2][0] + " " + cube.getClass().getName() + " "
                + cube[0].getClass().getName());
        boolean[] flags = new boolean[3];
        byte[] bytes = new byte[3];
        short[] shorts = new short[3];
        char[] chars = new char[3];
        float[] floats = new float[3];
        double[] doubles = new double[3];
        String[] strings = new String[3];
        flags[1] = true;
        bytes[1] = (byte) 200;
        shorts[1] = (short) 70000;
        chars[1] = 'Z';
        floats[1] = 1.5f;
        doubles[1] = -2.25;
        strings[1] = "s";
        for (int i = 0; i < 3; i++) {
            System.out.println(flags[i] + " " + bytes[i] + " " + shorts[i] + " " + (int) chars[i] + " "
                    + Float.floatToRawIntBits(floats[i]) + " " + Double.doubleToRawLongBits(doubles[i]) + " "
                    + strings[i]);
        }
        int[] copy = grid[1].clone();
        copy[0] = -1;
        System.out.println(grid[1][0] + " " + copy[0] + " " + copy.length);
        int[][] shallow = grid.clone();
        shallow[0][0] = 77;
        System.out.println(grid[0][0] + " " + (shallow[0] == grid[0]));
        int[] seq = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(seq, 0, seq, 2, 6);
        StringBuilder b = new StringBuilder();
        for (int v : seq) {
            b.append(v);
        }
        System.arraycopy(seq, 4, seq, 1, 5);
        b.append(' ');
        for (int v : seq) {
            b.append(v);
        }
        System.out.println(b);
        Object[] objs = new Object[] {"a", "b", 3};
        String[] target = new String[3];
        try {
            System.arraycopy(objs, 0, target, 0, 3);
        } catch (ArrayStoreException e) {
            System.out.println("store " + target[0] + target[1] + target[2]);
        }
        try {
            System.arraycopy(seq, 8, seq, 0, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bounds");
        }
        try {
            System.arraycopy(seq, 0, new long[10], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("mismatch");
        }
        try {
            int[][] bad = new int[2][args.length - 1];
            System.out.println(bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative " + e.getMessage());
        }
        char[][] triangle = new char[4][];
        for (int i = 0; i < triangle.length; i++) {
            triangle[i] = new char[i + 1];
            for (int j = 0; j <= i; j++) {
                triangle[i][j] = (char) ('a' + i);
            }
            System.out.println(new String(triangle[i]));
        }
    }
}
