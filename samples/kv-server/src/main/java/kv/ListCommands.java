package kv;

/** List commands: LPUSH, RPUSH, LPOP, RPOP, LRANGE, LLEN, with Redis 7.0's replies (t_list.c). */
final class ListCommands {
    private ListCommands() {}

    static void register(Commands t) {
        t.add("lpush", -3, true, (c, a) -> push(c, a, true));
        t.add("rpush", -3, true, (c, a) -> push(c, a, false));
        t.add("lpop", -2, false, (c, a) -> pop(c, a, true));
        t.add("rpop", -2, false, (c, a) -> pop(c, a, false));
        t.add("lrange", 4, false, ListCommands::lrange);
        t.add("llen", 2, false, ListCommands::llen);
    }

    private static void push(Client c, Args a, boolean first) {
        Object v = c.db().get(a.key(1));
        if (v != null && !(v instanceof ListValue)) {
            c.reply().error(Commands.WRONGTYPE);
            return;
        }
        ListValue list = (ListValue) v;
        if (list == null) {
            list = new ListValue(c.db().memory());
            c.db().putNew(a.key(1), list);
        }
        for (int i = 2; i < a.count(); i++) {
            if (first) {
                list.pushFirst(a.bytes(i));
            } else {
                list.pushLast(a.bytes(i));
            }
        }
        c.reply().integer(list.size());
    }

    /** LPOP/RPOP key [count]: popGenericCommand. */
    private static void pop(Client c, Args a, boolean first) {
        if (a.count() > 3) {
            c.reply().error(Commands.arity(first ? "lpop" : "rpop"));
            return;
        }
        long count = -1;
        if (a.count() == 3) {
            count = a.longValue(2);
            if (count == Bytes.NOT_A_NUMBER) {
                c.reply().error(Commands.NOT_AN_INTEGER);
                return;
            }
            if (count < 0) {
                c.reply().error(Commands.NOT_POSITIVE);
                return;
            }
        }
        Object v = c.db().get(a.key(1));
        if (v == null) {
            if (count >= 0) {
                c.reply().nullArray();
            } else {
                c.reply().nullBulk();
            }
            return;
        }
        if (!(v instanceof ListValue list)) {
            c.reply().error(Commands.WRONGTYPE);
            return;
        }
        if (count < 0) {
            c.reply().bulk(first ? list.popFirst() : list.popLast());
        } else {
            long n = Math.min(count, list.size());
            c.reply().array(n);
            for (long i = 0; i < n; i++) {
                c.reply().bulk(first ? list.popFirst() : list.popLast());
            }
        }
        c.db().deleteIfEmpty(a.key(1), list);
    }

    private static void lrange(Client c, Args a) {
        long start = a.longValue(2);
        long stop = a.longValue(3);
        if (start == Bytes.NOT_A_NUMBER || stop == Bytes.NOT_A_NUMBER) {
            c.reply().error(Commands.NOT_AN_INTEGER);
            return;
        }
        Object v = c.db().get(a.key(1));
        if (v != null && !(v instanceof ListValue)) {
            c.reply().error(Commands.WRONGTYPE);
            return;
        }
        ListValue list = (ListValue) v;
        if (list == null) {
            c.reply().array(0);
            return;
        }
        long[] range = Ranges.clamp(start, stop, list.size());
        c.reply().array(range[1] - range[0]);
        for (long i = range[0]; i < range[1]; i++) {
            c.reply().bulk(list.get((int) i));
        }
    }

    private static void llen(Client c, Args a) {
        Object v = c.db().get(a.key(1));
        if (v != null && !(v instanceof ListValue)) {
            c.reply().error(Commands.WRONGTYPE);
            return;
        }
        c.reply().integer(v == null ? 0 : ((ListValue) v).size());
    }
}
