package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Spliterators over arrays, collections and iterators, and iterators over spliterators. None of
 * them splits (streams run sequentially in images); characteristics and sizes are the JDK's, since
 * a stream reads SIZED to answer {@code count()} without running its pipeline, as the JDK does.
 */
public final class Spliterators {
    private Spliterators() {}

    public static <T> Spliterator<T> emptySpliterator() {
        return new ArraySpliterator<>(new Object[0], 0, 0, 0);
    }

    public static Spliterator.OfInt emptyIntSpliterator() {
        return new IntArraySpliterator(new int[0], 0, 0, 0);
    }

    public static Spliterator.OfLong emptyLongSpliterator() {
        return new LongArraySpliterator(new long[0], 0, 0, 0);
    }

    public static Spliterator.OfDouble emptyDoubleSpliterator() {
        return new DoubleArraySpliterator(new double[0], 0, 0, 0);
    }

    public static <T> Spliterator<T> spliterator(Object[] array, int additionalCharacteristics) {
        return spliterator(array, 0, array.length, additionalCharacteristics);
    }

    public static <T> Spliterator<T> spliterator(
            Object[] array, int fromIndex, int toIndex, int additionalCharacteristics) {
        Objects.checkFromToIndex(fromIndex, toIndex, array.length);
        return new ArraySpliterator<>(array, fromIndex, toIndex, additionalCharacteristics);
    }

    public static Spliterator.OfInt spliterator(int[] array, int additionalCharacteristics) {
        return spliterator(array, 0, array.length, additionalCharacteristics);
    }

    public static Spliterator.OfInt spliterator(
            int[] array, int fromIndex, int toIndex, int additionalCharacteristics) {
        Objects.checkFromToIndex(fromIndex, toIndex, array.length);
        return new IntArraySpliterator(array, fromIndex, toIndex, additionalCharacteristics);
    }

    public static Spliterator.OfLong spliterator(long[] array, int additionalCharacteristics) {
        return spliterator(array, 0, array.length, additionalCharacteristics);
    }

    public static Spliterator.OfLong spliterator(
            long[] array, int fromIndex, int toIndex, int additionalCharacteristics) {
        Objects.checkFromToIndex(fromIndex, toIndex, array.length);
        return new LongArraySpliterator(array, fromIndex, toIndex, additionalCharacteristics);
    }

    public static Spliterator.OfDouble spliterator(double[] array, int additionalCharacteristics) {
        return spliterator(array, 0, array.length, additionalCharacteristics);
    }

    public static Spliterator.OfDouble spliterator(
            double[] array, int fromIndex, int toIndex, int additionalCharacteristics) {
        Objects.checkFromToIndex(fromIndex, toIndex, array.length);
        return new DoubleArraySpliterator(array, fromIndex, toIndex, additionalCharacteristics);
    }

    /** The collection's iterator is taken at the first traversal (late binding), as the JDK's. */
    public static <T> Spliterator<T> spliterator(Collection<? extends T> c, int characteristics) {
        return new IteratorSpliterator<>(Objects.requireNonNull(c), null, -1, sized(characteristics));
    }

    public static <T> Spliterator<T> spliterator(Iterator<? extends T> iterator, long size, int characteristics) {
        return new IteratorSpliterator<>(null, Objects.requireNonNull(iterator), size, sized(characteristics));
    }

    public static <T> Spliterator<T> spliteratorUnknownSize(Iterator<? extends T> iterator, int characteristics) {
        return new IteratorSpliterator<>(
                null, Objects.requireNonNull(iterator), Long.MAX_VALUE, characteristics & ~SIZES);
    }

    public static Spliterator.OfInt spliterator(PrimitiveIterator.OfInt iterator, long size, int characteristics) {
        return new AbstractIntSpliterator(size, sized(characteristics)) {
            @Override
            public boolean tryAdvance(IntConsumer action) {
                Objects.requireNonNull(action);
                if (!iterator.hasNext()) {
                    return false;
                }
                action.accept(iterator.nextInt());
                return true;
            }
        };
    }

    public static Spliterator.OfInt spliteratorUnknownSize(PrimitiveIterator.OfInt iterator, int characteristics) {
        return spliterator(iterator, Long.MAX_VALUE, characteristics & ~SIZES);
    }

    public static Spliterator.OfLong spliterator(PrimitiveIterator.OfLong iterator, long size, int characteristics) {
        return new AbstractLongSpliterator(size, sized(characteristics)) {
            @Override
            public boolean tryAdvance(LongConsumer action) {
                Objects.requireNonNull(action);
                if (!iterator.hasNext()) {
                    return false;
                }
                action.accept(iterator.nextLong());
                return true;
            }
        };
    }

    public static Spliterator.OfLong spliteratorUnknownSize(PrimitiveIterator.OfLong iterator, int characteristics) {
        return spliterator(iterator, Long.MAX_VALUE, characteristics & ~SIZES);
    }

    public static Spliterator.OfDouble spliterator(
            PrimitiveIterator.OfDouble iterator, long size, int characteristics) {
        return new AbstractDoubleSpliterator(size, sized(characteristics)) {
            @Override
            public boolean tryAdvance(DoubleConsumer action) {
                Objects.requireNonNull(action);
                if (!iterator.hasNext()) {
                    return false;
                }
                action.accept(iterator.nextDouble());
                return true;
            }
        };
    }

    public static Spliterator.OfDouble spliteratorUnknownSize(
            PrimitiveIterator.OfDouble iterator, int characteristics) {
        return spliterator(iterator, Long.MAX_VALUE, characteristics & ~SIZES);
    }

    private static final int SIZES = Spliterator.SIZED | Spliterator.SUBSIZED;

    /** A spliterator of known size is SIZED and SUBSIZED unless CONCURRENT (JDK's rule). */
    private static int sized(int characteristics) {
        return (characteristics & Spliterator.CONCURRENT) == 0 ? characteristics | SIZES : characteristics;
    }

    public static <T> Iterator<T> iterator(Spliterator<? extends T> spliterator) {
        Objects.requireNonNull(spliterator);
        class Adapter implements Iterator<T>, Consumer<T> {
            boolean ready;
            T next;

            @Override
            public void accept(T t) {
                ready = true;
                next = t;
            }

            @Override
            public boolean hasNext() {
                if (!ready) {
                    spliterator.tryAdvance(this);
                }
                return ready;
            }

            @Override
            public T next() {
                if (!ready && !hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                T t = next;
                next = null;
                return t;
            }
        }
        return new Adapter();
    }

    public static PrimitiveIterator.OfInt iterator(Spliterator.OfInt spliterator) {
        Objects.requireNonNull(spliterator);
        class Adapter implements PrimitiveIterator.OfInt, IntConsumer {
            boolean ready;
            int next;

            @Override
            public void accept(int t) {
                ready = true;
                next = t;
            }

            @Override
            public boolean hasNext() {
                if (!ready) {
                    spliterator.tryAdvance(this);
                }
                return ready;
            }

            @Override
            public int nextInt() {
                if (!ready && !hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return next;
            }
        }
        return new Adapter();
    }

    public static PrimitiveIterator.OfLong iterator(Spliterator.OfLong spliterator) {
        Objects.requireNonNull(spliterator);
        class Adapter implements PrimitiveIterator.OfLong, LongConsumer {
            boolean ready;
            long next;

            @Override
            public void accept(long t) {
                ready = true;
                next = t;
            }

            @Override
            public boolean hasNext() {
                if (!ready) {
                    spliterator.tryAdvance(this);
                }
                return ready;
            }

            @Override
            public long nextLong() {
                if (!ready && !hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return next;
            }
        }
        return new Adapter();
    }

    public static PrimitiveIterator.OfDouble iterator(Spliterator.OfDouble spliterator) {
        Objects.requireNonNull(spliterator);
        class Adapter implements PrimitiveIterator.OfDouble, DoubleConsumer {
            boolean ready;
            double next;

            @Override
            public void accept(double t) {
                ready = true;
                next = t;
            }

            @Override
            public boolean hasNext() {
                if (!ready) {
                    spliterator.tryAdvance(this);
                }
                return ready;
            }

            @Override
            public double nextDouble() {
                if (!ready && !hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return next;
            }
        }
        return new Adapter();
    }

    /** A spliterator that implements only {@code tryAdvance}; it does not split. */
    public abstract static class AbstractSpliterator<T> implements Spliterator<T> {
        private final long est;
        private final int characteristics;

        protected AbstractSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = (additionalCharacteristics & Spliterator.SIZED) != 0
                    ? additionalCharacteristics | Spliterator.SUBSIZED
                    : additionalCharacteristics;
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return est;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }
    }

    public abstract static class AbstractIntSpliterator implements Spliterator.OfInt {
        private final long est;
        private final int characteristics;

        protected AbstractIntSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = (additionalCharacteristics & Spliterator.SIZED) != 0
                    ? additionalCharacteristics | Spliterator.SUBSIZED
                    : additionalCharacteristics;
        }

        @Override
        public Spliterator.OfInt trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return est;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }
    }

    public abstract static class AbstractLongSpliterator implements Spliterator.OfLong {
        private final long est;
        private final int characteristics;

        protected AbstractLongSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = (additionalCharacteristics & Spliterator.SIZED) != 0
                    ? additionalCharacteristics | Spliterator.SUBSIZED
                    : additionalCharacteristics;
        }

        @Override
        public Spliterator.OfLong trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return est;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }
    }

    public abstract static class AbstractDoubleSpliterator implements Spliterator.OfDouble {
        private final long est;
        private final int characteristics;

        protected AbstractDoubleSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = (additionalCharacteristics & Spliterator.SIZED) != 0
                    ? additionalCharacteristics | Spliterator.SUBSIZED
                    : additionalCharacteristics;
        }

        @Override
        public Spliterator.OfDouble trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return est;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }
    }

    private static final class IteratorSpliterator<T> implements Spliterator<T> {
        private final Collection<? extends T> collection;
        private Iterator<? extends T> it;
        private long est;
        private final int characteristics;

        IteratorSpliterator(Collection<? extends T> collection, Iterator<? extends T> it, long est, int chars) {
            this.collection = collection;
            this.it = it;
            this.est = est;
            this.characteristics = chars;
        }

        private Iterator<? extends T> bind() {
            if (it == null) {
                it = collection.iterator();
                est = collection.size();
            }
            return it;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (!bind().hasNext()) {
                return false;
            }
            action.accept(it.next());
            return true;
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            bind().forEachRemaining(action);
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            bind();
            return est;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }

        @Override
        public Comparator<? super T> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }

    private static final int ARRAY = Spliterator.SIZED | Spliterator.SUBSIZED;

    private static final class ArraySpliterator<T> implements Spliterator<T> {
        private final Object[] array;
        private int index;
        private final int end;
        private final int characteristics;

        ArraySpliterator(Object[] array, int from, int to, int chars) {
            this.array = array;
            this.index = from;
            this.end = to;
            this.characteristics = chars | ARRAY;
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (index >= end) {
                return false;
            }
            action.accept((T) array[index++]);
            return true;
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return end - index;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }

        @Override
        public Comparator<? super T> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }

    private static final class IntArraySpliterator extends AbstractIntSpliterator {
        private final int[] array;
        private int index;
        private final int end;

        IntArraySpliterator(int[] array, int from, int to, int chars) {
            super(to - from, chars | ARRAY);
            this.array = array;
            this.index = from;
            this.end = to;
        }

        @Override
        public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            if (index >= end) {
                return false;
            }
            action.accept(array[index++]);
            return true;
        }

        @Override
        public long estimateSize() {
            return end - index;
        }
    }

    private static final class LongArraySpliterator extends AbstractLongSpliterator {
        private final long[] array;
        private int index;
        private final int end;

        LongArraySpliterator(long[] array, int from, int to, int chars) {
            super(to - from, chars | ARRAY);
            this.array = array;
            this.index = from;
            this.end = to;
        }

        @Override
        public boolean tryAdvance(LongConsumer action) {
            Objects.requireNonNull(action);
            if (index >= end) {
                return false;
            }
            action.accept(array[index++]);
            return true;
        }

        @Override
        public long estimateSize() {
            return end - index;
        }
    }

    private static final class DoubleArraySpliterator extends AbstractDoubleSpliterator {
        private final double[] array;
        private int index;
        private final int end;

        DoubleArraySpliterator(double[] array, int from, int to, int chars) {
            super(to - from, chars | ARRAY);
            this.array = array;
            this.index = from;
            this.end = to;
        }

        @Override
        public boolean tryAdvance(DoubleConsumer action) {
            Objects.requireNonNull(action);
            if (index >= end) {
                return false;
            }
            action.accept(array[index++]);
            return true;
        }

        @Override
        public long estimateSize() {
            return end - index;
        }
    }
}
