package corpus;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** A sparse matrix as a map of rows to maps of columns: multiply, transpose and print. */
public final class SparseMatrix {
    private final int rows;
    private final int cols;
    private final Map<Integer, Map<Integer, Long>> cells = new HashMap<>();

    private SparseMatrix(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
    }

    private void set(int r, int c, long v) {
        if (v == 0) {
            Map<Integer, Long> row = cells.get(r);
            if (row != null) {
                row.remove(c);
                if (row.isEmpty()) {
                    cells.remove(r);
                }
            }
        } else {
            cells.computeIfAbsent(r, k -> new HashMap<>()).put(c, v);
        }
    }

    private long get(int r, int c) {
        return cells.getOrDefault(r, Map.of()).getOrDefault(c, 0L);
    }

    private int nonZeros() {
        int n = 0;
        for (Map<Integer, Long> row : cells.values()) {
            n += row.size();
        }
        return n;
    }

    private SparseMatrix times(SparseMatrix other) {
        SparseMatrix out = new SparseMatrix(rows, other.cols);
        for (Map.Entry<Integer, Map<Integer, Long>> row : cells.entrySet()) {
            for (Map.Entry<Integer, Long> a : row.getValue().entrySet()) {
                Map<Integer, Long> otherRow = other.cells.get(a.getKey());
                if (otherRow != null) {
                    for (Map.Entry<Integer, Long> b : otherRow.entrySet()) {
                        long sum = out.get(row.getKey(), b.getKey()) + a.getValue() * b.getValue();
                        out.set(row.getKey(), b.getKey(), sum);
                    }
                }
            }
        }
        return out;
    }

    private SparseMatrix transposed() {
        SparseMatrix t = new SparseMatrix(cols, rows);
        cells.forEach((r, row) -> row.forEach((c, v) -> t.set(c, r, v)));
        return t;
    }

    private String sorted() {
        Map<Integer, Map<Integer, Long>> view = new TreeMap<>();
        cells.forEach((r, row) -> view.put(r, new TreeMap<>(row)));
        return view.toString();
    }

    public static void main(String[] args) {
        SparseMatrix a = new SparseMatrix(1000, 1000);
        SparseMatrix b = new SparseMatrix(1000, 1000);
        for (int i = 0; i < 1000; i += 37) {
            a.set(i, (i * 7) % 1000, i + 1);
            a.set(i, (i * 13) % 1000, -2);
            b.set((i * 7) % 1000, i % 50, 3);
            b.set((i * 13) % 1000, (i + 1) % 50, i % 5);
        }
        a.set(37, 259, 0);
        SparseMatrix p = a.times(b);
        System.out.println(a.nonZeros() + " " + b.nonZeros() + " " + p.nonZeros());
        System.out.println(p.cells);
        System.out.println(p.sorted());
        System.out.println(p.transposed().sorted());
        System.out.println(p.get(74, 24) + " " + p.get(0, 0) + " " + p.get(999, 999));
    }
}
