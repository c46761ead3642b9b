package kv;

/**
 * One entry of the command table, as in Redis's: the full name used in error replies (lower case,
 * "container|sub" for a subcommand), the arity (n: exactly n arguments counting the name, -n: at
 * least n), and whether the command may grow the data set, which {@code maxmemory} refuses
 * (Redis's {@code denyoom} flag).
 */
record Command(String name, int arity, boolean denyOom, Handler handler) {
    interface Handler {
        void run(Client c, Args a);
    }

    boolean arityOk(int argc) {
        return arity >= 0 ? argc == arity : argc >= -arity;
    }
}
