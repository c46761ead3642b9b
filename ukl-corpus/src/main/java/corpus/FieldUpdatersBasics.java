package corpus;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.function.BinaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import java.util.function.UnaryOperator;

/** Every method of the three field updaters, and each way the JDK refuses a field or an argument. */
public final class FieldUpdatersBasics {
    private FieldUpdatersBasics() {}

    static final class Cell {
        private volatile int hits;
        volatile long bytes;
        private volatile String name;
        volatile Object any;
        volatile CharSequence text;
        int plain;
        volatile long wide;
        volatile Integer boxed;
        static volatile int shared;
        static volatile String sharedName;
    }

    static class Base {
        protected volatile int level;
    }

    static final class Derived extends Base {}

    private static final AtomicIntegerFieldUpdater<Cell> HITS =
            AtomicIntegerFieldUpdater.newUpdater(Cell.class, "hits");
    private static final AtomicLongFieldUpdater<Cell> BYTES = AtomicLongFieldUpdater.newUpdater(Cell.class, "bytes");
    private static final AtomicReferenceFieldUpdater<Cell, String> NAME =
            AtomicReferenceFieldUpdater.newUpdater(Cell.class, String.class, "name");
    private static final AtomicReferenceFieldUpdater<Cell, Object> ANY =
            AtomicReferenceFieldUpdater.newUpdater(Cell.class, Object.class, "any");
    private static final AtomicReferenceFieldUpdater<Cell, CharSequence> TEXT =
            AtomicReferenceFieldUpdater.newUpdater(Cell.class, CharSequence.class, "text");
    private static final AtomicIntegerFieldUpdater<Base> LEVEL =
            AtomicIntegerFieldUpdater.newUpdater(Base.class, "level");

    interface Attempt {
        Object run();
    }

    static void attempt(String what, Attempt a) {
        try {
            Object r = a.run();
            System.out.println(what + ": "
                    + (r instanceof AtomicIntegerFieldUpdater
                                    || r instanceof AtomicLongFieldUpdater
                                    || r instanceof AtomicReferenceFieldUpdater
                            ? "an updater"
                            : String.valueOf(r)));
        } catch (RuntimeException e) {
            Throwable cause = e.getCause();
            System.out.println(what + ": " + e
                    + (cause == null ? "" : " (cause " + cause.getClass().getName() + ")"));
        }
    }

    public static void main(String[] args) {
        ints();
        longs();
        references();
        refusals();
        wrongObjects();
    }

    static void ints() {
        Cell c = new Cell();
        HITS.set(c, 5);
        System.out.println("int get " + HITS.get(c) + " field " + c.hits);
        HITS.lazySet(c, 6);
        System.out.println("cas 6->7 " + HITS.compareAndSet(c, 6, 7) + " cas 6->8 " + HITS.compareAndSet(c, 6, 8));
        System.out.println("weak 7->9 " + HITS.weakCompareAndSet(c, 7, 9) + " now " + HITS.get(c));
        System.out.println("getAndSet " + HITS.getAndSet(c, 10) + " getAndIncrement " + HITS.getAndIncrement(c)
                + " getAndDecrement " + HITS.getAndDecrement(c) + " getAndAdd " + HITS.getAndAdd(c, 5));
        System.out.println("incrementAndGet " + HITS.incrementAndGet(c) + " decrementAndGet " + HITS.decrementAndGet(c)
                + " addAndGet " + HITS.addAndGet(c, -20));
        IntUnaryOperator twice = new IntUnaryOperator() {
            @Override
            public int applyAsInt(int v) {
                return v * 2;
            }
        };
        IntBinaryOperator max = new IntBinaryOperator() {
            @Override
            public int applyAsInt(int a, int b) {
                return Math.max(a, b);
            }
        };
        System.out.println(
                "getAndUpdate " + HITS.getAndUpdate(c, twice) + " updateAndGet " + HITS.updateAndGet(c, twice)
                        + " getAndAccumulate " + HITS.getAndAccumulate(c, 3, max) + " accumulateAndGet "
                        + HITS.accumulateAndGet(c, 100, max));
        HITS.set(c, Integer.MAX_VALUE);
        System.out.println("overflow " + HITS.incrementAndGet(c));
    }

    static void longs() {
        Cell c = new Cell();
        BYTES.set(c, 1L << 40);
        System.out.println("long get " + BYTES.get(c) + " field " + c.bytes);
        BYTES.lazySet(c, 7);
        System.out.println("cas 7->8 " + BYTES.compareAndSet(c, 7, 8) + " cas 7->9 " + BYTES.compareAndSet(c, 7, 9)
                + " weak 8->1<<33 " + BYTES.weakCompareAndSet(c, 8, 1L << 33));
        System.out.println("getAndSet " + BYTES.getAndSet(c, -1) + " getAndIncrement " + BYTES.getAndIncrement(c)
                + " getAndDecrement " + BYTES.getAndDecrement(c) + " getAndAdd " + BYTES.getAndAdd(c, 1L << 35));
        System.out.println("incrementAndGet " + BYTES.incrementAndGet(c) + " decrementAndGet "
                + BYTES.decrementAndGet(c) + " addAndGet " + BYTES.addAndGet(c, -3));
        LongUnaryOperator negate = new LongUnaryOperator() {
            @Override
            public long applyAsLong(long v) {
                return -v;
            }
        };
        LongBinaryOperator sum = new LongBinaryOperator() {
            @Override
            public long applyAsLong(long a, long b) {
                return a + b;
            }
        };
        System.out.println("getAndUpdate " + BYTES.getAndUpdate(c, negate) + " updateAndGet "
                + BYTES.updateAndGet(c, negate) + " getAndAccumulate " + BYTES.getAndAccumulate(c, 10, sum)
                + " accumulateAndGet " + BYTES.accumulateAndGet(c, 10, sum));
        BYTES.set(c, Long.MIN_VALUE);
        System.out.println("underflow " + BYTES.decrementAndGet(c));
    }

    static void references() {
        Cell c = new Cell();
        System.out.println("ref get " + NAME.get(c));
        NAME.set(c, "a");
        NAME.lazySet(c, "b");
        String b = NAME.get(c);
        System.out.println("cas b->c " + NAME.compareAndSet(c, b, "c") + " cas b->d " + NAME.compareAndSet(c, b, "d")
                + " weak equal-but-not-same " + NAME.weakCompareAndSet(c, new String("c"), "e") + " now " + c.name);
        System.out.println("getAndSet " + NAME.getAndSet(c, null) + " then " + NAME.getAndSet(c, "f"));
        UnaryOperator<String> upper = new UnaryOperator<String>() {
            @Override
            public String apply(String s) {
                return s.toUpperCase();
            }
        };
        BinaryOperator<String> join = new BinaryOperator<String>() {
            @Override
            public String apply(String a, String x) {
                return a + "+" + x;
            }
        };
        System.out.println(
                "getAndUpdate " + NAME.getAndUpdate(c, upper) + " updateAndGet " + NAME.updateAndGet(c, upper)
                        + " getAndAccumulate " + NAME.getAndAccumulate(c, "x", join) + " accumulateAndGet "
                        + NAME.accumulateAndGet(c, "y", join));
        ANY.set(c, 42);
        ANY.compareAndSet(c, c.any, "now a string");
        System.out.println("any " + ANY.get(c));
        TEXT.set(c, new StringBuilder("builder"));
        TEXT.set(c, "string");
        System.out.println("text " + TEXT.get(c));
        Derived d = new Derived();
        LEVEL.incrementAndGet(d);
        System.out.println("inherited through the declaring class " + LEVEL.addAndGet(d, 2));
    }

    static void refusals() {
        attempt("not volatile", new Attempt() {
            public Object run() {
                return AtomicIntegerFieldUpdater.newUpdater(Cell.class, "plain");
            }
        });
        attempt("int of a long", new Attempt() {
            public Object run() {
                return AtomicIntegerFieldUpdater.newUpdater(Cell.class, "wide");
            }
        });
        attempt("int of an Integer", new Attempt() {
            public Object run() {
                return AtomicIntegerFieldUpdater.newUpdater(Cell.class, "boxed");
            }
        });
        attempt("long of an int", new Attempt() {
            public Object run() {
                return AtomicLongFieldUpdater.newUpdater(Cell.class, "hits");
            }
        });
        attempt("no such field", new Attempt() {
            public Object run() {
                return AtomicIntegerFieldUpdater.newUpdater(Cell.class, "misses");
            }
        });
        attempt("no such long field", new Attempt() {
            public Object run() {
                return AtomicLongFieldUpdater.newUpdater(Cell.class, "misses");
            }
        });
        attempt("inherited field is not declared", new Attempt() {
            public Object run() {
                return AtomicIntegerFieldUpdater.newUpdater(Derived.class, "level");
            }
        });
        attempt("static int", new Attempt() {
            public Object run() {
                return AtomicIntegerFieldUpdater.newUpdater(Cell.class, "shared");
            }
        });
        attempt("static reference", new Attempt() {
            public Object run() {
                return AtomicReferenceFieldUpdater.newUpdater(Cell.class, String.class, "sharedName");
            }
        });
        attempt("reference of another class", new Attempt() {
            public Object run() {
                return AtomicReferenceFieldUpdater.newUpdater(Cell.class, Object.class, "name");
            }
        });
        attempt("reference of an int", new Attempt() {
            public Object run() {
                return AtomicReferenceFieldUpdater.newUpdater(Cell.class, int.class, "hits");
            }
        });
        attempt("reference of an int as Integer", new Attempt() {
            public Object run() {
                return AtomicReferenceFieldUpdater.newUpdater(Cell.class, Integer.class, "hits");
            }
        });
        attempt("no such reference field", new Attempt() {
            public Object run() {
                return AtomicReferenceFieldUpdater.newUpdater(Cell.class, String.class, "title");
            }
        });
        attempt("private field of another class", new Attempt() {
            public Object run() {
                return AtomicIntegerFieldUpdater.newUpdater(FieldUpdatersOther.class, "secret");
            }
        });
        attempt("package field from the same package", new Attempt() {
            public Object run() {
                return AtomicLongFieldUpdater.newUpdater(FieldUpdatersOther.class, "shared");
            }
        });
        attempt("a nestmate's private field", new Attempt() {
            public Object run() {
                return AtomicIntegerFieldUpdater.newUpdater(Cell.class, "hits");
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void wrongObjects() {
        final AtomicIntegerFieldUpdater raw = HITS;
        final AtomicLongFieldUpdater rawLong = BYTES;
        final AtomicReferenceFieldUpdater rawRef = NAME;
        attempt("get of null", new Attempt() {
            public Object run() {
                return HITS.get(null);
            }
        });
        attempt("get of another class", new Attempt() {
            public Object run() {
                return raw.get("a string");
            }
        });
        attempt("long set of another class", new Attempt() {
            public Object run() {
                rawLong.set(new Object(), 1);
                return "set";
            }
        });
        attempt("long incrementAndGet of null", new Attempt() {
            public Object run() {
                return BYTES.incrementAndGet(null);
            }
        });
        attempt("reference set of a wrong value", new Attempt() {
            public Object run() {
                rawRef.set(new Cell(), 5);
                return "set";
            }
        });
        attempt("reference cas to a wrong value", new Attempt() {
            public Object run() {
                return rawRef.compareAndSet(new Cell(), null, 5);
            }
        });
        attempt("reference cas from a wrong value", new Attempt() {
            public Object run() {
                return rawRef.compareAndSet(new Cell(), 5, "x");
            }
        });
        attempt("reference getAndSet of a wrong value", new Attempt() {
            public Object run() {
                return rawRef.getAndSet(new Cell(), 5);
            }
        });
        attempt("reference get of another class", new Attempt() {
            public Object run() {
                return rawRef.get(new Object());
            }
        });
        attempt("updateAndGet of null", new Attempt() {
            public Object run() {
                return HITS.updateAndGet(null, new IntUnaryOperator() {
                    @Override
                    public int applyAsInt(int v) {
                        System.out.println("not called");
                        return v;
                    }
                });
            }
        });
    }
}

/** Fields another top-level class may not update: private, and (from another package) package-private. */
final class FieldUpdatersOther {
    private volatile int secret;
    volatile long shared;
}
