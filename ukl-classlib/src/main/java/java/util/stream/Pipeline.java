package java.util.stream;

import java.util.Objects;
import java.util.Spliterator;

/**
 * What every stage of a pipeline shares: the rule that a stage is used once, the close handlers
 * and the parallel flag of its source, and the exact size when the JDK knows it. Stages pull
 * from the stage before them through an iterator, so a stage does work only when asked for an
 * element: short-circuiting operations and infinite sources behave as in the JDK, and side
 * effects (peek, map) happen in the JDK's order because a sequential JDK pipeline also handles
 * one element at a time through all stateless stages.
 *
 * <p>Size: {@code count()} does not run a pipeline whose size is known (JDK 9+): the source is
 * SIZED and every stage keeps the size (map, peek, sorted, boxed, conversions) or adjusts it
 * (skip, limit); filtering stages forget it. The size is asked of the source only at the terminal
 * operation, since a collection's spliterator binds late.
 */
abstract class Pipeline {
    static final String USED = "stream has already been operated upon or closed";

    /** The state of the source stage, shared by all stages of one pipeline. */
    static final class Source {
        final Spliterator<?> sized;
        final long size;
        boolean parallel;
        Runnable onClose;
        /** The streams flatMap stages opened and are still reading, oldest first. */
        java.util.ArrayList<BaseStream<?, ?>> inners;

        void opened(BaseStream<?, ?> inner) {
            if (inners == null) {
                inners = new java.util.ArrayList<>();
            }
            inners.add(inner);
        }

        void drained(BaseStream<?, ?> inner) {
            inners.remove(inners.size() - 1);
            inner.close();
        }

        /**
         * A short-circuit (limit reached, takeWhile or a match decided) stops the pulling: the
         * streams flatMap was still reading are closed, newest first, as the JDK closes each
         * when its push loop sees the cancellation.
         */
        void stopped() {
            while (inners != null && !inners.isEmpty()) {
                inners.remove(inners.size() - 1).close();
            }
        }

        Source(Spliterator<?> sized, long size) {
            this.sized = sized;
            this.size = size;
        }
    }

    final Source source;
    private final Pipeline upstream;
    /** How this stage changes the size: {@link #KEEPS}, {@link #FORGETS}, or a slice (skip, limit). */
    private final int sizing;

    private final long skip;
    private final long limit;
    private boolean used;
    /**
     * The elements are known to be in natural order (IntStream.range, a SORTED source without a
     * comparator, and stages that keep order): {@code sorted()} then passes them through without
     * waiting for the whole upstream, as the JDK's does.
     */
    boolean sorted;

    static final int KEEPS = 0;
    static final int FORGETS = 1;
    static final int SLICES = 2;

    /** A source stage. */
    Pipeline(Source source) {
        this.source = source;
        this.upstream = null;
        this.sizing = KEEPS;
        this.skip = 0;
        this.limit = -1;
    }

    /** A stage after {@code upstream}, which this marks used. */
    Pipeline(Pipeline upstream, int sizing) {
        this(upstream, sizing, 0, -1);
    }

    Pipeline(Pipeline upstream, int sizing, long skip, long limit) {
        upstream.use();
        this.source = upstream.source;
        this.upstream = upstream;
        this.sizing = sizing;
        this.skip = skip;
        this.limit = limit;
    }

    /** Marks this stage used: it may start one operation in its life. */
    final void use() {
        if (used) {
            throw new IllegalStateException(USED);
        }
        used = true;
    }

    /** The exact number of elements this stage yields, or -1 when unknown. */
    final long exactSize() {
        long size;
        if (upstream == null) {
            size = source.sized != null ? source.sized.getExactSizeIfKnown() : source.size;
        } else {
            size = sizing == FORGETS ? -1 : upstream.exactSize();
        }
        if (size < 0 || sizing != SLICES) {
            return size;
        }
        size = Math.max(0, size - skip);
        return limit >= 0 ? Math.min(size, limit) : size;
    }

    final void addCloseHandler(Runnable handler) {
        Objects.requireNonNull(handler);
        if (used) {
            throw new IllegalStateException(USED);
        }
        Runnable before = source.onClose;
        source.onClose = before == null ? handler : new Both(before, handler);
    }

    /** Runs both even when the first throws; the second's exception is then suppressed by the first's. */
    static final class Both implements Runnable {
        private final Runnable a;
        private final Runnable b;

        Both(Runnable a, Runnable b) {
            this.a = a;
            this.b = b;
        }

        /** Both handlers of {@code concat}: each input stream is closed. */
        Both(BaseStream<?, ?> a, BaseStream<?, ?> b) {
            this(new Closing(a), new Closing(b));
        }

        @Override
        public void run() {
            try {
                a.run();
            } catch (Throwable e1) {
                try {
                    b.run();
                } catch (Throwable e2) {
                    e1.addSuppressed(e2);
                }
                throw e1;
            }
            b.run();
        }
    }

    private static final class Closing implements Runnable {
        private final BaseStream<?, ?> stream;

        Closing(BaseStream<?, ?> stream) {
            this.stream = stream;
        }

        @Override
        public void run() {
            stream.close();
        }
    }

    /** Closes the whole pipeline: the source's handlers run once. */
    final void closePipeline() {
        used = true;
        Runnable handlers = source.onClose;
        source.onClose = null;
        if (handlers != null) {
            handlers.run();
        }
    }

    /** Marks {@code stage} sorted when this stage is: for the operations that keep the order. */
    final <P extends Pipeline> P keepsOrder(P stage) {
        stage.sorted = sorted;
        return stage;
    }

    /** {@code skip}/{@code limit} arguments must not be negative, with the JDK's message. */
    static long checkCount(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        return n;
    }

    /** The characteristics of {@code spliterator()} of a stage: ordered, and sized when known. */
    final int characteristics() {
        return exactSize() >= 0 ? Spliterator.ORDERED | Spliterator.SIZED : Spliterator.ORDERED;
    }
}
