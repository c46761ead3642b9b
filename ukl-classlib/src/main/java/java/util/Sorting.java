package java.util;

/** The sorting algorithms behind {@link Arrays}. */
final class Sorting {
    private static final int INSERTION_THRESHOLD = 16;

    private Sorting() {}

    /** Introsort (Musser 1997) of {@code a[from, to)}. */
    static void sort(int[] a, int from, int to) {
        introsort(a, from, to - 1, 2 * (32 - Integer.numberOfLeadingZeros(to - from + 1)));
    }

    private static void introsort(int[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_THRESHOLD) {
            if (depth-- == 0) {
                heapsort(a, lo, hi + 1);
                return;
            }
            int mid = lo + hi >>> 1;
            // median of three as the pivot, then Hoare partition
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            int pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                introsort(a, lo, j, depth);
                lo = i;
            } else {
                introsort(a, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void heapsort(int[] a, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, from, from + end);
            siftDown(a, from, 0, end);
        }
    }

    private static void siftDown(int[] a, int base, int i, int n) {
        int v = a[base + i];
        while (2 * i + 1 < n) {
            int child = 2 * i + 1;
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (a[base + child] <= v) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = v;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    static void sort(long[] a, int from, int to) {
        introsort(a, from, to - 1, 2 * (32 - Integer.numberOfLeadingZeros(to - from + 1)));
    }

    private static void introsort(long[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_THRESHOLD) {
            if (depth-- == 0) {
                heapsort(a, lo, hi + 1);
                return;
            }
            int mid = lo + hi >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            long pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                introsort(a, lo, j, depth);
                lo = i;
            } else {
                introsort(a, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            long v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void heapsort(long[] a, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, from, from + end);
            siftDown(a, from, 0, end);
        }
    }

    private static void siftDown(long[] a, int base, int i, int n) {
        long v = a[base + i];
        while (2 * i + 1 < n) {
            int child = 2 * i + 1;
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (a[base + child] <= v) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = v;
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /**
     * Stable top-down merge sort of {@code a[from, to)}; {@code c == null} means natural order.
     * Runs already in order are left alone, so sorted input costs n-1 comparisons per level.
     */
    static void mergeSort(Object[] a, int from, int to, Comparator<?> c) {
        if (to - from < 2) {
            return;
        }
        Object[] aux = new Object[to - from];
        System.arraycopy(a, from, aux, 0, to - from);
        mergeSort(aux, a, from, to, -from, c);
    }

    /** Sorts {@code dest[lo, hi)} using {@code src} (which holds the same elements at offset) as scratch. */
    private static void mergeSort(Object[] src, Object[] dest, int lo, int hi, int off, Comparator<?> c) {
        int n = hi - lo;
        if (n < 7) {
            for (int i = lo; i < hi; i++) {
                for (int j = i; j > lo && compare(c, dest[j - 1], dest[j]) > 0; j--) {
                    Object t = dest[j];
                    dest[j] = dest[j - 1];
                    dest[j - 1] = t;
                }
            }
            return;
        }
        int mid = lo + hi >>> 1;
        mergeSort(dest, src, lo + off, mid + off, -off, c);
        mergeSort(dest, src, mid + off, hi + off, -off, c);
        int p = lo + off;
        int q = mid + off;
        if (compare(c, src[mid + off - 1], src[mid + off]) <= 0) {
            System.arraycopy(src, p, dest, lo, n);
            return;
        }
        for (int i = lo; i < hi; i++) {
            if (q >= hi + off || p < mid + off && compare(c, src[p], src[q]) <= 0) {
                dest[i] = src[p++];
            } else {
                dest[i] = src[q++];
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static int compare(Comparator<?> c, Object a, Object b) {
        if (c == null) {
            return ((Comparable<Object>) a).compareTo(b);
        }
        return ((Comparator<Object>) c).compare(a, b);
    }
}
