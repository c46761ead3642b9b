package kv;

import java.util.List;

/** Commands on keys: DEL, EXISTS, TYPE, EXPIRE, PEXPIRE, TTL, PTTL, PERSIST, KEYS, DBSIZE, FLUSHALL, FLUSHDB, SELECT (db.c, expire.c). */
final class KeyCommands {
    private KeyCommands() {}

    static void register(Commands t) {
        t.add("del", -2, false, KeyCommands::del);
        t.add("exists", -2, false, KeyCommands::exists);
        t.add("type", 2, false, KeyCommands::type);
        t.add("expire", -3, false, (c, a) -> expire(c, a, 1000, "expire"));
        t.add("pexpire", -3, false, (c, a) -> expire(c, a, 1, "pexpire"));
        t.add("ttl", 2, false, (c, a) -> ttl(c, a, false));
        t.add("pttl", 2, false, (c, a) -> ttl(c, a, true));
        t.add("persist", 2, false, KeyCommands::persist);
        t.add("keys", 2, false, KeyCommands::keys);
        t.add("dbsize", 1, false, (c, a) -> c.reply().integer(c.db().size()));
        t.add("flushall", -1, false, KeyCommands::flush);
        t.add("flushdb", -1, false, KeyCommands::flush);
        t.add("select", 2, false, KeyCommands::select);
    }

    private static void del(Client c, Args a) {
        long n = 0;
        for (int i = 1; i < a.count(); i++) {
            Key k = a.key(i);
            if (c.db().get(k) != null && c.db().delete(k)) {
                n++;
            }
        }
        c.reply().integer(n);
    }

    private static void exists(Client c, Args a) {
        long n = 0;
        for (int i = 1; i < a.count(); i++) {
            if (c.db().get(a.key(i)) != null) {
                n++; // a key named twice counts twice, as in Redis
            }
        }
        c.reply().integer(n);
    }

    private static void type(Client c, Args a) {
        Object v = c.db().get(a.key(1));
        c.reply().simple(v == null ? "none" : v instanceof byte[] ? "string" : ((Value) v).type());
    }

    private static final int NX = 1;
    private static final int XX = 2;
    private static final int GT = 4;
    private static final int LT = 8;

    /** EXPIRE/PEXPIRE key time [NX|XX|GT|LT]: expireGenericCommand, options checked before the time. */
    private static void expire(Client c, Args a, long unit, String name) {
        int flags = 0;
        for (int j = 3; j < a.count(); j++) {
            if (a.is(j, "nx")) {
                flags |= NX;
            } else if (a.is(j, "xx")) {
                flags |= XX;
            } else if (a.is(j, "gt")) {
                flags |= GT;
            } else if (a.is(j, "lt")) {
                flags |= LT;
            } else {
                c.reply().error("ERR Unsupported option " + a.string(j));
                return;
            }
        }
        if ((flags & NX) != 0 && (flags & (XX | GT | LT)) != 0) {
            c.reply().error("ERR NX and XX, GT or LT options at the same time are not compatible");
            return;
        }
        if ((flags & GT) != 0 && (flags & LT) != 0) {
            c.reply().error("ERR GT and LT options at the same time are not compatible");
            return;
        }
        long when = a.longValue(2);
        if (when == Bytes.NOT_A_NUMBER) {
            c.reply().error(Commands.NOT_AN_INTEGER);
            return;
        }
        String invalid = "ERR invalid expire time in '" + name + "' command";
        if (when > Long.MAX_VALUE / unit || when < Long.MIN_VALUE / unit) {
            c.reply().error(invalid);
            return;
        }
        when *= unit;
        long now = c.db().now();
        if (when > Long.MAX_VALUE - now) {
            c.reply().error(invalid);
            return;
        }
        when += now;
        Key key = a.key(1);
        if (c.db().get(key) == null) {
            c.reply().integer(0);
            return;
        }
        long current = c.db().expireAt(key);
        if (((flags & NX) != 0 && current != -1)
                || ((flags & XX) != 0 && current == -1)
                || ((flags & GT) != 0 && (when <= current || current == -1))
                || ((flags & LT) != 0 && current != -1 && when >= current)) {
            c.reply().integer(0);
            return;
        }
        c.db().expire(key, when);
        c.reply().integer(1);
    }

    private static void ttl(Client c, Args a, boolean millis) {
        Key key = a.key(1);
        if (c.db().get(key) == null) {
            c.reply().integer(-2);
            return;
        }
        long at = c.db().expireAt(key);
        if (at == -1) {
            c.reply().integer(-1);
            return;
        }
        long ttl = Math.max(0, at - c.db().now());
        c.reply().integer(millis ? ttl : (ttl + 500) / 1000);
    }

    private static void persist(Client c, Args a) {
        Key key = a.key(1);
        c.reply().integer(c.db().get(key) != null && c.db().persist(key) ? 1 : 0);
    }

    private static void keys(Client c, Args a) {
        List<Key> keys = c.db().keys(a.buffer(1), a.offset(1), a.length(1));
        c.reply().array(keys.size());
        for (Key k : keys) {
            c.reply().bulk(k);
        }
    }

    /** FLUSHALL/FLUSHDB [ASYNC|SYNC]: both mean the same here, the data set is dropped at once. */
    private static void flush(Client c, Args a) {
        if (a.count() > 2 || (a.count() == 2 && !a.is(1, "async") && !a.is(1, "sync"))) {
            c.reply().error(Commands.SYNTAX);
            return;
        }
        c.db().flush();
        c.reply().ok();
    }

    /** One database, as Redis with {@code databases 1}: SELECT 0 works, any other index is out of range. */
    private static void select(Client c, Args a) {
        long index = a.longValue(1);
        if (index == Bytes.NOT_A_NUMBER || index > Integer.MAX_VALUE || index < Integer.MIN_VALUE) {
            c.reply().error(Commands.NOT_AN_INTEGER);
        } else if (index != 0) {
            c.reply().error("ERR DB index is out of range");
        } else {
            c.reply().ok();
        }
    }
}
