package corpus;

/** try-with-resources: close order, exceptions from close suppressed by the body's, nested resources. */
public final class TryWithResources {
    private TryWithResources() {}

    static final class Resource implements AutoCloseable {
        private final String name;
        private final boolean failClose;

        Resource(String name, boolean failClose) {
            this.name = name;
            this.failClose = failClose;
            System.out.println("open " + name);
        }

        void use(boolean fail) {
            System.out.println("use " + name);
            if (fail) {
                throw new IllegalStateException("use of " + name + " failed");
            }
        }

        @Override
        public void close() throws Exception {
            System.out.println("close " + name);
            if (failClose) {
                throw new Exception("close of " + name + " failed");
            }
        }
    }

    static void run(String label, boolean failUse, boolean failCloseA, boolean failCloseB) {
        System.out.println("-- " + label);
        try (Resource a = new Resource("a", failCloseA);
                Resource b = new Resource("b", failCloseB)) {
            a.use(false);
            b.use(failUse);
        } catch (Exception e) {
            System.out.println("caught " + e);
            for (Throwable s : e.getSuppressed()) {
                System.out.println("  suppressed " + s);
            }
        } finally {
            System.out.println("finally");
        }
    }

    public static void main(String[] args) {
        run("clean", false, false, false);
        run("body fails", true, false, false);
        run("close fails", false, true, false);
        run("body and both closes fail", true, true, true);
        Resource outer = new Resource("outer", false);
        try (outer;
                Resource inner = new Resource("inner", true)) {
            inner.use(false);
        } catch (Exception e) {
            System.out.println("caught " + e.getMessage() + ", suppressed " + e.getSuppressed().length);
        }
        Throwable t = new RuntimeException("primary");
        t.addSuppressed(new Error("first"));
        t.addSuppressed(new Exception("second"));
        System.out.println(t.getSuppressed().length + " " + t.getSuppressed()[1].getMessage());
    }
}
