package corpus;

/**
 * Interface calls across many interfaces implemented in overlapping subsets (the itable selector
 * colouring), Object methods called through interfaces, generic bridges, and maximally specific
 * default methods.
 */
public final class InterfaceSelectors {
    private InterfaceSelectors() {}

    interface A {
        int a();
    }

    interface B {
        int b();
    }

    interface C {
        int c();
    }

    interface D extends A, B {
        int d();

        default int a() {
            return 100;
        }
    }

    interface E {
        int e();

        @Override
        String toString();
    }

    interface F extends D, C {
        default int sum() {
            return a() + b() + c() + d();
        }
    }

    interface Source<T> {
        T next();
    }

    static class AB implements A, B {
        public int a() {
            return 1;
        }

        public int b() {
            return 2;
        }
    }

    static class BC implements B, C {
        public int b() {
            return 20;
        }

        public int c() {
            return 30;
        }
    }

    static class All implements F, E {
        public int b() {
            return 200;
        }

        public int c() {
            return 300;
        }

        public int d() {
            return 400;
        }

        public int e() {
            return 500;
        }

        @Override
        public String toString() {
            return "All";
        }
    }

    static final class AllPlus extends All {
        @Override
        public int a() {
            return 7;
        }

        @Override
        public int e() {
            return -1;
        }
    }

    static final class Counter implements Source<Integer> {
        int n;

        public Integer next() {
            return n++;
        }
    }

    public static void main(String[] args) {
        Object[] objects = {new AB(), new BC(), new All(), new AllPlus()};
        for (Object o : objects) {
            StringBuilder b = new StringBuilder(o.getClass().getName()).append(':');
            if (o instanceof A x) {
                b.append(" a=").append(x.a());
            }
            if (o instanceof B x) {
                b.append(" b=").append(x.b());
            }
            if (o instanceof C x) {
                b.append(" c=").append(x.c());
            }
            if (o instanceof D x) {
                b.append(" d=").append(x.d());
            }
            if (o instanceof E x) {
                b.append(" e=")
                        .append(x.e())
                        .append(' ')
                        .append(x.toString())
                        .append(' ')
                        .append(x.equals(x));
            }
            if (o instanceof F x) {
                b.append(" sum=").append(x.sum());
            }
            System.out.println(b);
        }
        Source<Integer> s = new Counter();
        int total = 0;
        for (int i = 0; i < 10; i++) {
            total += s.next();
        }
        System.out.println(total);
        Comparable<String> cmp = "b";
        System.out.println(cmp.compareTo("a") > 0);
        CharSequence cs = new StringBuilder("xyz");
        System.out.println(cs.length() + " " + cs.charAt(1) + " " + cs.toString());
    }
}
