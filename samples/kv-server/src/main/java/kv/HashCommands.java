package kv;

import java.util.Map;

/** Hash commands: HSET, HGET, HGETALL, HLEN, with Redis 7.0's replies (t_hash.c). */
final class HashCommands {
    private HashCommands() {}

    static void register(Commands t) {
        t.add("hset", -4, true, HashCommands::hset);
        t.add("hget", 3, false, HashCommands::hget);
        t.add("hgetall", 2, false, HashCommands::hgetall);
        t.add("hlen", 2, false, HashCommands::hlen);
    }

    private static boolean typeOk(Client c, Object v) {
        if (v != null && !(v instanceof HashValue)) {
            c.reply().error(Commands.WRONGTYPE);
            return false;
        }
        return true;
    }

    private static void hset(Client c, Args a) {
        if (a.count() % 2 == 1) {
            c.reply().error(Commands.arity("hset"));
            return;
        }
        Object v = c.db().get(a.key(1));
        if (!typeOk(c, v)) {
            return;
        }
        HashValue hash = (HashValue) v;
        if (hash == null) {
            hash = new HashValue(c.db().memory());
            c.db().putNew(a.key(1), hash);
        }
        long created = 0;
        for (int i = 2; i < a.count(); i += 2) {
            if (hash.put(a.keyCopy(i), a.bytes(i + 1))) {
                created++;
            }
        }
        c.reply().integer(created);
    }

    private static void hget(Client c, Args a) {
        Object v = c.db().get(a.key(1));
        if (!typeOk(c, v)) {
            return;
        }
        byte[] value = v == null ? null : ((HashValue) v).get(a.key(2));
        if (value == null) {
            c.reply().nullBulk();
        } else {
            c.reply().bulk(value);
        }
    }

    private static void hgetall(Client c, Args a) {
        Object v = c.db().get(a.key(1));
        if (!typeOk(c, v)) {
            return;
        }
        if (v == null) {
            c.reply().array(0);
            return;
        }
        HashValue hash = (HashValue) v;
        c.reply().array(2L * hash.size());
        for (Map.Entry<Key, byte[]> e : hash.entries()) {
            c.reply().bulk(e.getKey());
            c.reply().bulk(e.getValue());
        }
    }

    private static void hlen(Client c, Args a) {
        Object v = c.db().get(a.key(1));
        if (typeOk(c, v)) {
            c.reply().integer(v == null ? 0 : ((HashValue) v).size());
        }
    }
}
