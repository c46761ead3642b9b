package kv;

import java.util.HashMap;

/**
 * The command table and dispatch: look up argument 0 (and argument 1 of a container such as
 * CONFIG), check arity and memory, run. The lookup lower-cases the name into a scratch buffer and
 * probes the table, so dispatch allocates nothing. Replies for unknown commands, unknown
 * subcommands, arity and OOM are Redis 7.0's ({@code processCommand} in server.c).
 */
final class Commands {
    static final String WRONGTYPE = "WRONGTYPE Operation against a key holding the wrong kind of value";
    static final String NOT_AN_INTEGER = "ERR value is not an integer or out of range";
    static final String SYNTAX = "ERR syntax error";
    static final String NOT_POSITIVE = "ERR value is out of range, must be positive";
    private static final String OOM = "OOM command not allowed when used memory > 'maxmemory'.";

    private final HashMap<Key, Command> table = new HashMap<>();
    /** "container|sub" → subcommand, for containers. */
    private final HashMap<Key, Command> subcommands = new HashMap<>();

    private final byte[] scratch = new byte[64];
    private final Key probe = Key.probe();

    Commands() {
        StringCommands.register(this);
        KeyCommands.register(this);
        ListCommands.register(this);
        SetCommands.register(this);
        HashCommands.register(this);
        SortedSetCommands.register(this);
        ServerCommands.register(this);
    }

    void add(String name, int arity, boolean denyOom, Command.Handler handler) {
        Command c = new Command(name, arity, denyOom, handler);
        int bar = name.indexOf('|');
        if (bar < 0) {
            table.put(Key.of(name), c);
        } else {
            subcommands.put(Key.of(name), c);
        }
    }

    /** A container command (CONFIG, CLIENT): its own entry only checks that a subcommand follows. */
    void addContainer(String name) {
        add(name, -2, false, (c, a) -> {});
    }

    void execute(Client c, Args a) {
        Command cmd = lookup(table, a, 0, 0);
        if (cmd == null) {
            c.reply().error(unknown(a));
            return;
        }
        if (cmd.arity() == -2 && a.count() >= 2 && isContainer(cmd)) {
            Command sub = lookup(subcommands, a, 0, 1);
            if (sub == null) {
                c.reply()
                        .error("ERR unknown subcommand '" + truncate(a.string(1), 128) + "'. Try "
                                + cmd.name().toUpperCase() + " HELP.");
                return;
            }
            cmd = sub;
        }
        if (!cmd.arityOk(a.count())) {
            c.reply().error(arity(cmd.name()));
            return;
        }
        Memory memory = c.db().memory();
        if (cmd.denyOom() && memory.full()) {
            c.db().purgeExpired();
            if (memory.full()) {
                c.reply().error(OOM);
                return;
            }
        }
        c.countCommand();
        cmd.handler().run(c, a);
    }

    static String arity(String name) {
        return "ERR wrong number of arguments for '" + name + "' command";
    }

    private boolean isContainer(Command cmd) {
        return cmd.name().equals("config") || cmd.name().equals("client");
    }

    /** Argument i (and j after a '|', when j > i) lower-cased into the scratch buffer and looked up. */
    private Command lookup(HashMap<Key, Command> in, Args a, int i, int j) {
        int n = a.length(i) + (j > i ? 1 + a.length(j) : 0);
        if (n > scratch.length) {
            return null;
        }
        int len = lowerInto(a, i, 0);
        if (j > i) {
            scratch[len++] = '|';
            len = lowerInto(a, j, len);
        }
        return in.get(probe.set(scratch, 0, len));
    }

    private int lowerInto(Args a, int i, int at) {
        byte[] b = a.buffer(i);
        for (int k = 0, off = a.offset(i); k < a.length(i); k++) {
            scratch[at++] = Bytes.lower(b[off + k]);
        }
        return at;
    }

    /** Redis: "unknown command '%.128s', with args beginning with: " then "'%.*s' " per argument while under 128. */
    private static String unknown(Args a) {
        StringBuilder args = new StringBuilder();
        for (int i = 1; i < a.count() && args.length() < 128; i++) {
            int room = 128 - args.length();
            args.append('\'').append(truncate(a.string(i), room)).append("' ");
        }
        return "ERR unknown command '" + truncate(a.string(0), 128) + "', with args beginning with: " + args;
    }

    /** C's "%.Ns": at most n bytes, and no further than a NUL. */
    private static String truncate(String s, int n) {
        int nul = s.indexOf('\0');
        int end = Math.min(s.length(), n);
        return s.substring(0, nul >= 0 && nul < end ? nul : end);
    }
}
