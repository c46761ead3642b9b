package kv;

import java.util.Random;

/** Set commands: SADD, SPOP, SMEMBERS, SCARD, SISMEMBER, with Redis 7.0's replies (t_set.c). */
final class SetCommands {
    private static final Random RANDOM = new Random();

    private SetCommands() {}

    static void register(Commands t) {
        t.add("sadd", -3, true, SetCommands::sadd);
        t.add("spop", -2, false, SetCommands::spop);
        t.add("smembers", 2, false, SetCommands::smembers);
        t.add("scard", 2, false, SetCommands::scard);
        t.add("sismember", 3, false, SetCommands::sismember);
    }

    /** True when v is a set or absent; else answers WRONGTYPE. */
    private static boolean typeOk(Client c, Object v) {
        if (v != null && !(v instanceof SetValue)) {
            c.reply().error(Commands.WRONGTYPE);
            return false;
        }
        return true;
    }

    private static void sadd(Client c, Args a) {
        Object v = c.db().get(a.key(1));
        if (!typeOk(c, v)) {
            return;
        }
        SetValue set = (SetValue) v;
        if (set == null) {
            set = new SetValue(c.db().memory());
            c.db().putNew(a.key(1), set);
        }
        long added = 0;
        for (int i = 2; i < a.count(); i++) {
            if (!set.contains(a.key(i)) && set.add(a.keyCopy(i))) {
                added++;
            }
        }
        c.reply().integer(added);
    }

    /** SPOP key [count]: spopCommand / spopWithCountCommand; the members come out in random order. */
    private static void spop(Client c, Args a) {
        if (a.count() > 3) {
            c.reply().error(Commands.SYNTAX);
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
                c.reply().array(0);
            } else {
                c.reply().nullBulk();
            }
            return;
        }
        if (!typeOk(c, v)) {
            return;
        }
        SetValue set = (SetValue) v;
        if (count < 0) {
            c.reply().bulk(set.popRandom(RANDOM));
        } else {
            long n = Math.min(count, set.size());
            c.reply().array(n);
            for (long i = 0; i < n; i++) {
                c.reply().bulk(set.popRandom(RANDOM));
            }
        }
        c.db().deleteIfEmpty(a.key(1), set);
    }

    private static void smembers(Client c, Args a) {
        Object v = c.db().get(a.key(1));
        if (!typeOk(c, v)) {
            return;
        }
        SetValue set = (SetValue) v;
        int n = set == null ? 0 : set.size();
        c.reply().array(n);
        for (int i = 0; i < n; i++) {
            c.reply().bulk(set.get(i));
        }
    }

    private static void scard(Client c, Args a) {
        Object v = c.db().get(a.key(1));
        if (typeOk(c, v)) {
            c.reply().integer(v == null ? 0 : ((SetValue) v).size());
        }
    }

    private static void sismember(Client c, Args a) {
        Object v = c.db().get(a.key(1));
        if (typeOk(c, v)) {
            c.reply().integer(v != null && ((SetValue) v).contains(a.key(2)) ? 1 : 0);
        }
    }
}
