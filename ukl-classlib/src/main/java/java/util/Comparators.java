package java.util;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** The comparators {@link Comparator}'s combinators return. */
final class Comparators {
    private Comparators() {}

    static final class Natural implements Comparator<Comparable<Object>> {
        static final Natural INSTANCE = new Natural();

        @Override
        public int compare(Comparable<Object> a, Comparable<Object> b) {
            return a.compareTo(b);
        }

        @Override
        public Comparator<Comparable<Object>> reversed() {
            return ReverseNatural.INSTANCE;
        }
    }

    static final class ReverseNatural implements Comparator<Comparable<Object>> {
        static final ReverseNatural INSTANCE = new ReverseNatural();

        @Override
        public int compare(Comparable<Object> a, Comparable<Object> b) {
            return b.compareTo(a);
        }

        @Override
        public Comparator<Comparable<Object>> reversed() {
            return Natural.INSTANCE;
        }
    }

    static final class Reversed<T> implements Comparator<T> {
        private final Comparator<T> inner;

        Reversed(Comparator<T> inner) {
            this.inner = inner;
        }

        @Override
        public int compare(T a, T b) {
            return inner.compare(b, a);
        }

        @Override
        public Comparator<T> reversed() {
            return inner;
        }
    }

    static final class Then<T> implements Comparator<T> {
        private final Comparator<T> first;
        private final Comparator<? super T> second;

        Then(Comparator<T> first, Comparator<? super T> second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public int compare(T a, T b) {
            int r = first.compare(a, b);
            return r != 0 ? r : second.compare(a, b);
        }
    }

    static final class Nulls<T> implements Comparator<T> {
        private final boolean nullFirst;
        private final Comparator<? super T> inner;

        Nulls(boolean nullFirst, Comparator<? super T> inner) {
            this.nullFirst = nullFirst;
            this.inner = inner;
        }

        @Override
        public int compare(T a, T b) {
            if (a == null) {
                return b == null ? 0 : nullFirst ? -1 : 1;
            }
            if (b == null) {
                return nullFirst ? 1 : -1;
            }
            return inner == null ? 0 : inner.compare(a, b);
        }
    }

    static final class ByKey<T, U> implements Comparator<T> {
        private final Function<? super T, ? extends U> key;
        private final Comparator<? super U> order;

        ByKey(Function<? super T, ? extends U> key, Comparator<? super U> order) {
            this.key = key;
            this.order = order;
        }

        @Override
        public int compare(T a, T b) {
            return order.compare(key.apply(a), key.apply(b));
        }
    }

    static final class ByInt<T> implements Comparator<T> {
        private final ToIntFunction<? super T> key;

        ByInt(ToIntFunction<? super T> key) {
            this.key = key;
        }

        @Override
        public int compare(T a, T b) {
            return Integer.compare(key.applyAsInt(a), key.applyAsInt(b));
        }
    }

    static final class ByLong<T> implements Comparator<T> {
        private final ToLongFunction<? super T> key;

        ByLong(ToLongFunction<? super T> key) {
            this.key = key;
        }

        @Override
        public int compare(T a, T b) {
            return Long.compare(key.applyAsLong(a), key.applyAsLong(b));
        }
    }

    static final class ByDouble<T> implements Comparator<T> {
        private final ToDoubleFunction<? super T> key;

        ByDouble(ToDoubleFunction<? super T> key) {
            this.key = key;
        }

        @Override
        public int compare(T a, T b) {
            return Double.compare(key.applyAsDouble(a), key.applyAsDouble(b));
        }
    }
}
