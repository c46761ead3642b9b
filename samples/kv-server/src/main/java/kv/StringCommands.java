package kv;

/** String commands: GET, SET, MGET, MSET, INCR, INCRBY, DECR, DECRBY, with Redis 7.0's replies (t_string.c). */
final class StringCommands {
    private StringCommands() {}

    static void register(Commands t) {
        t.add("get", 2, false, StringCommands::get);
        t.add("set", -3, true, StringCommands::set);
        t.add("mget", -2, false, StringCommands::mget);
        t.add("mset", -3, true, StringCommands::mset);
        t.add("incr", 2, true, (c, a) -> incrBy(c, a, 1));
        t.add("decr", 2, true, (c, a) -> incrBy(c, a, -1));
        t.add("incrby", 3, true, (c, a) -> incrBy(c, a, 0));
        t.add("decrby", 3, true, (c, a) -> incrBy(c, a, 0));
    }

    private static void get(Client c, Args a) {
        Object v = c.db().get(a.key(1));
        if (v == null) {
            c.reply().nullBulk();
        } else if (v instanceof byte[] b) {
            c.reply().bulk(b);
        } else {
            c.reply().error(Commands.WRONGTYPE);
        }
    }

    private static final int NX = 1;
    private static final int XX = 2;
    private static final int GET = 4;
    private static final int KEEPTTL = 8;
    private static final int EX = 16;
    private static final int PX = 32;
    private static final int EXAT = 64;
    private static final int PXAT = 128;
    private static final int ANY_EXPIRY = EX | PX | EXAT | PXAT;

    /** SET key value [NX|XX] [GET] [EX s|PX ms|EXAT s|PXAT ms|KEEPTTL]: parseExtendedStringArgumentsOrReply. */
    private static void set(Client c, Args a) {
        int flags = 0;
        int expiryArg = -1;
        for (int j = 3; j < a.count(); j++) {
            boolean hasNext = j + 1 < a.count();
            if (a.is(j, "nx") && (flags & XX) == 0) {
                flags |= NX;
            } else if (a.is(j, "xx") && (flags & NX) == 0) {
                flags |= XX;
            } else if (a.is(j, "get")) {
                flags |= GET;
            } else if (a.is(j, "keepttl") && (flags & ANY_EXPIRY) == 0) {
                flags |= KEEPTTL;
            } else if (hasNext && (flags & (KEEPTTL | ANY_EXPIRY)) == 0 && expiryFlag(a, j) != 0) {
                flags |= expiryFlag(a, j);
                expiryArg = ++j;
            } else {
                c.reply().error(Commands.SYNTAX);
                return;
            }
        }
        long expireAt = -1;
        if (expiryArg > 0) {
            long n = a.longValue(expiryArg);
            if (n == Bytes.NOT_A_NUMBER) {
                c.reply().error(Commands.NOT_AN_INTEGER);
                return;
            }
            boolean seconds = (flags & (EX | EXAT)) != 0;
            if (n <= 0 || (seconds && n > Long.MAX_VALUE / 1000)) {
                c.reply().error("ERR invalid expire time in 'set' command");
                return;
            }
            long ms = seconds ? n * 1000 : n;
            long now = c.db().now();
            if ((flags & (EX | PX)) != 0) {
                if (ms > Long.MAX_VALUE - now) {
                    c.reply().error("ERR invalid expire time in 'set' command");
                    return;
                }
                ms += now;
            }
            expireAt = ms;
        }
        Keyspace db = c.db();
        Key key = a.key(1);
        Object old = db.get(key);
        if ((flags & GET) != 0 && old != null && !(old instanceof byte[])) {
            c.reply().error(Commands.WRONGTYPE);
            return;
        }
        byte[] previous = (flags & GET) != 0 && old != null ? ((byte[]) old).clone() : null;
        if (((flags & NX) != 0 && old != null) || ((flags & XX) != 0 && old == null)) {
            if ((flags & GET) != 0) {
                replyOld(c, previous);
            } else {
                c.reply().nullBulk();
            }
            return;
        }
        db.putString(key, a.buffer(2), a.offset(2), a.length(2), (flags & KEEPTTL) != 0);
        if (expireAt > 0) {
            db.expire(a.key(1), expireAt);
        }
        if ((flags & GET) != 0) {
            replyOld(c, previous);
        } else {
            c.reply().ok();
        }
    }

    private static void replyOld(Client c, byte[] previous) {
        if (previous == null) {
            c.reply().nullBulk();
        } else {
            c.reply().bulk(previous);
        }
    }

    private static int expiryFlag(Args a, int j) {
        return a.is(j, "ex") ? EX : a.is(j, "px") ? PX : a.is(j, "exat") ? EXAT : a.is(j, "pxat") ? PXAT : 0;
    }

    private static void mget(Client c, Args a) {
        c.reply().array(a.count() - 1);
        for (int i = 1; i < a.count(); i++) {
            Object v = c.db().get(a.key(i));
            if (v instanceof byte[] b) {
                c.reply().bulk(b);
            } else {
                c.reply().nullBulk(); // MGET answers nil for a key of another type
            }
        }
    }

    private static void mset(Client c, Args a) {
        if (a.count() % 2 == 0) {
            c.reply().error(Commands.arity("mset"));
            return;
        }
        for (int i = 1; i < a.count(); i += 2) {
            c.db().putString(a.key(i), a.buffer(i + 1), a.offset(i + 1), a.length(i + 1), false);
        }
        c.reply().ok();
    }

    /**
     * INCR, DECR (by ±1) and INCRBY, DECRBY (by argument 2; sign 0 tells them apart by name):
     * incrDecrCommand. The key keeps its time to live.
     */
    private static void incrBy(Client c, Args a, int sign) {
        long by = sign;
        if (sign == 0) {
            by = a.longValue(2);
            if (by == Bytes.NOT_A_NUMBER) {
                c.reply().error(Commands.NOT_AN_INTEGER);
                return;
            }
            if (a.is(0, "decrby")) {
                by = -by;
            }
        }
        Keyspace db = c.db();
        Object v = db.get(a.key(1));
        long value = 0;
        if (v != null) {
            if (!(v instanceof byte[] b)) {
                c.reply().error(Commands.WRONGTYPE);
                return;
            }
            value = Bytes.parseLong(b, 0, b.length);
            if (value == Bytes.NOT_A_NUMBER) {
                c.reply().error(Commands.NOT_AN_INTEGER);
                return;
            }
        }
        if ((by < 0 && value < 0 && by < Long.MIN_VALUE - value)
                || (by > 0 && value > 0 && by > Long.MAX_VALUE - value)) {
            c.reply().error("ERR increment or decrement would overflow");
            return;
        }
        value += by;
        byte[] digits = Bytes.ascii(Long.toString(value));
        db.putString(a.key(1), digits, 0, digits.length, true);
        c.reply().integer(value);
    }
}
