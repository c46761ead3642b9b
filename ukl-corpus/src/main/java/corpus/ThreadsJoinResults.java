package corpus;

/** Workers fill their own slots, main joins them: names, states, daemon flags and ThreadLocals as the JVM's. */
public final class ThreadsJoinResults {
    private ThreadsJoinResults() {}

    static final ThreadLocal<String> WHO = new ThreadLocal<>() {
        @Override
        protected String initialValue() {
            return "initial";
        }
    };
    static final InheritableThreadLocal<String> INHERITED = new InheritableThreadLocal<>() {
        @Override
        protected String childValue(String parent) {
            return parent + "+child";
        }
    };

    static final class Summer extends Thread {
        final int from;
        final int to;
        long sum;
        String local;
        String inherited;

        Summer(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public void run() {
            WHO.set(getName());
            for (int i = from; i < to; i++) {
                sum += (long) i * i % 7;
                if (i % 1000 == 0) {
                    Thread.yield();
                }
            }
            local = WHO.get();
            inherited = INHERITED.get();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        INHERITED.set("main-value");
        Summer[] workers = new Summer[4];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Summer(i * 25_000, (i + 1) * 25_000);
        }
        System.out.println("before start: " + workers[0].getState() + " alive=" + workers[0].isAlive() + " daemon="
                + workers[0].isDaemon() + " name=" + workers[0].getName());
        for (Summer w : workers) {
            w.start();
        }
        long total = 0;
        for (Summer w : workers) {
            w.join();
            total += w.sum;
            System.out.println(w.getName() + " sum=" + w.sum + " local=" + w.local + " inherited=" + w.inherited
                    + " state=" + w.getState() + " alive=" + w.isAlive());
        }
        System.out.println("total=" + total);
        System.out.println(
                "main local=" + WHO.get() + " main=" + Thread.currentThread().getName() + " isVirtual="
                        + Thread.currentThread().isVirtual());

        Thread unnamed = new Thread(new Runnable() {
            @Override
            public void run() {}
        });
        Thread named = new Thread(
                new Runnable() {
                    @Override
                    public void run() {}
                },
                "worker");
        System.out.println(unnamed.getName() + " " + named.getName() + " priority=" + named.getPriority());

        String[] seen = new String[3];
        Thread v = Thread.ofVirtual().name("virt").start(new Runnable() {
            @Override
            public void run() {
                seen[0] = "virtual ran";
            }
        });
        Thread p = Thread.ofPlatform().name("pool-", 7).daemon().start(new Runnable() {
            @Override
            public void run() {
                seen[1] = "platform ran";
            }
        });
        Thread s = Thread.startVirtualThread(new Runnable() {
            @Override
            public void run() {
                seen[2] = "started virtual ran";
            }
        });
        v.join();
        p.join();
        s.join();
        System.out.println(seen[0] + "; " + seen[1] + "; " + seen[2]);
        System.out.println(v.getName() + " virtual=" + v.isVirtual() + " daemon=" + v.isDaemon() + " | " + p.getName()
                + " virtual=" + p.isVirtual() + " daemon=" + p.isDaemon() + " | '" + s.getName() + "'");
        Thread f = Thread.ofPlatform().name("made-", 0).factory().newThread(new Runnable() {
            @Override
            public void run() {}
        });
        System.out.println(f.getName() + " " + f.getState());
        Thread j = new Thread(new Runnable() {
            @Override
            public void run() {}
        });
        j.join();
        j.join(10);
        System.out.println("join before start returns: " + j.getState());
    }
}
