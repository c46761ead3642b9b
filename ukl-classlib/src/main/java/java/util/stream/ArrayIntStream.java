package java.util.stream;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/** An {@link IntStream} that evaluates each step at once over an array it owns. */
final class ArrayIntStream implements IntStream {
    private final int[] values;

    ArrayIntStream(int[] values) {
        this.values = values;
    }

    @Override
    public IntStream filter(IntPredicate predicate) {
        int[] kept = new int[values.length];
        int n = 0;
        for (int v : values) {
            if (predicate.test(v)) {
                kept[n++] = v;
            }
        }
        return new ArrayIntStream(Arrays.copyOf(kept, n));
    }

    @Override
    public IntStream map(IntUnaryOperator mapper) {
        int[] mapped = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            mapped[i] = mapper.applyAsInt(values[i]);
        }
        return new ArrayIntStream(mapped);
    }

    @Override
    public IntStream distinct() {
        int[] seen = new int[values.length];
        int n = 0;
        outer:
        for (int v : values) {
            for (int i = 0; i < n; i++) {
                if (seen[i] == v) {
                    continue outer;
                }
            }
            seen[n++] = v;
        }
        return new ArrayIntStream(Arrays.copyOf(seen, n));
    }

    @Override
    public IntStream sorted() {
        int[] copy = values.clone();
        Arrays.sort(copy);
        return new ArrayIntStream(copy);
    }

    @Override
    public IntStream limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return new ArrayIntStream(Arrays.copyOf(values, (int) Math.min(maxSize, values.length)));
    }

    @Override
    public IntStream skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        int from = (int) Math.min(n, values.length);
        return new ArrayIntStream(Arrays.copyOfRange(values, from, values.length));
    }

    @Override
    public void forEach(IntConsumer action) {
        for (int v : values) {
            action.accept(v);
        }
    }

    @Override
    public int[] toArray() {
        return values.clone();
    }

    @Override
    public long count() {
        return values.length;
    }

    @Override
    public int sum() {
        int sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum;
    }

    @Override
    public int reduce(int identity, IntBinaryOperator op) {
        int result = identity;
        for (int v : values) {
            result = op.applyAsInt(result, v);
        }
        return result;
    }

    @Override
    public OptionalInt max() {
        return reduceOptional(true);
    }

    @Override
    public OptionalInt min() {
        return reduceOptional(false);
    }

    private OptionalInt reduceOptional(boolean max) {
        if (values.length == 0) {
            return OptionalInt.empty();
        }
        int best = values[0];
        for (int v : values) {
            best = max ? Math.max(best, v) : Math.min(best, v);
        }
        return OptionalInt.of(best);
    }

    @Override
    public boolean anyMatch(IntPredicate predicate) {
        for (int v : values) {
            if (predicate.test(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean allMatch(IntPredicate predicate) {
        for (int v : values) {
            if (!predicate.test(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean noneMatch(IntPredicate predicate) {
        return !anyMatch(predicate);
    }
}
