package kv;

import java.util.Iterator;

/**
 * Sorted-set commands: ZADD (NX, XX, GT, LT, CH, INCR), ZPOPMIN, ZRANGE by rank (REV, WITHSCORES),
 * ZCARD, ZSCORE, with Redis 7.0's replies (t_zset.c). ZRANGE's BYSCORE and BYLEX are not
 * implemented and say so.
 */
final class SortedSetCommands {
    private SortedSetCommands() {}

    static void register(Commands t) {
        t.add("zadd", -4, true, SortedSetCommands::zadd);
        t.add("zpopmin", -2, false, SortedSetCommands::zpopmin);
        t.add("zrange", -4, false, SortedSetCommands::zrange);
        t.add("zcard", 2, false, SortedSetCommands::zcard);
        t.add("zscore", 3, false, SortedSetCommands::zscore);
    }

    private static boolean typeOk(Client c, Object v) {
        if (v != null && !(v instanceof SortedSetValue)) {
            c.reply().error(Commands.WRONGTYPE);
            return false;
        }
        return true;
    }

    /** zaddGenericCommand: options, then score-member pairs, all scores checked before any change. */
    private static void zadd(Client c, Args a) {
        boolean nx = false, xx = false, gt = false, lt = false, ch = false, incr = false;
        int i = 2;
        for (; i < a.count(); i++) {
            if (a.is(i, "nx")) {
                nx = true;
            } else if (a.is(i, "xx")) {
                xx = true;
            } else if (a.is(i, "ch")) {
                ch = true;
            } else if (a.is(i, "incr")) {
                incr = true;
            } else if (a.is(i, "gt")) {
                gt = true;
            } else if (a.is(i, "lt")) {
                lt = true;
            } else {
                break;
            }
        }
        int elements = a.count() - i;
        if (elements % 2 != 0 || elements == 0) {
            c.reply().error(Commands.SYNTAX);
            return;
        }
        elements /= 2;
        if (nx && xx) {
            c.reply().error("ERR XX and NX options at the same time are not compatible");
            return;
        }
        if ((gt && nx) || (lt && nx) || (gt && lt)) {
            c.reply().error("ERR GT, LT, and/or NX options at the same time are not compatible");
            return;
        }
        if (incr && elements > 1) {
            c.reply().error("ERR INCR option supports a single increment-element pair");
            return;
        }
        double[] scores = new double[elements];
        for (int j = 0; j < elements; j++) {
            int arg = i + 2 * j;
            scores[j] = Scores.parse(a.buffer(arg), a.offset(arg), a.length(arg));
            if (Double.isNaN(scores[j])) {
                c.reply().error("ERR value is not a valid float");
                return;
            }
        }
        Object v = c.db().get(a.key(1));
        if (!typeOk(c, v)) {
            return;
        }
        SortedSetValue zset = (SortedSetValue) v;
        long added = 0, updated = 0, processed = 0;
        double score = 0;
        if (zset == null && !xx) {
            zset = new SortedSetValue(c.db().memory());
            c.db().putNew(a.key(1), zset);
        }
        for (int j = 0; zset != null && j < elements; j++) {
            score = scores[j];
            Key member = a.key(i + 2 * j + 1);
            Double current = zset.score(member);
            if (current != null) {
                if (nx) {
                    continue;
                }
                if (incr) {
                    score += current;
                    if (Double.isNaN(score)) {
                        c.reply().error("ERR resulting score is not a number (NaN)");
                        c.db().deleteIfEmpty(a.key(1), zset);
                        return;
                    }
                }
                if ((gt && score <= current) || (lt && score >= current)) {
                    continue;
                }
                processed++;
                if (score != current) {
                    zset.put(member.copy(), score);
                    updated++;
                }
            } else if (!xx) {
                zset.put(member.copy(), score);
                added++;
                processed++;
            }
        }
        if (zset != null) {
            c.db().deleteIfEmpty(a.key(1), zset);
        }
        if (incr) {
            if (processed > 0) {
                c.reply().score(score);
            } else {
                c.reply().nullBulk();
            }
        } else {
            c.reply().integer(ch ? added + updated : added);
        }
    }

    /** ZPOPMIN key [count]: genericZpopCommand; pairs of member and score, lowest first. */
    private static void zpopmin(Client c, Args a) {
        if (a.count() > 3) {
            c.reply().error(Commands.SYNTAX);
            return;
        }
        long count = 1;
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
        if (!typeOk(c, v)) {
            return;
        }
        SortedSetValue zset = (SortedSetValue) v;
        long n = zset == null ? 0 : Math.min(count, zset.size());
        c.reply().array(2 * n);
        for (long j = 0; j < n; j++) {
            SortedSetValue.Entry e = zset.popFirst();
            c.reply().bulk(e.member());
            c.reply().score(e.score());
        }
        if (zset != null) {
            c.db().deleteIfEmpty(a.key(1), zset);
        }
    }

    /** ZRANGE key start stop [REV] [WITHSCORES], by rank. */
    private static void zrange(Client c, Args a) {
        boolean withScores = false, rev = false;
        for (int j = 4; j < a.count(); j++) {
            if (a.is(j, "withscores")) {
                withScores = true;
            } else if (a.is(j, "rev")) {
                rev = true;
            } else if (a.is(j, "byscore") || a.is(j, "bylex") || a.is(j, "limit")) {
                c.reply().error("ERR this server's ZRANGE supports ranks only (no BYSCORE, BYLEX or LIMIT)");
                return;
            } else {
                c.reply().error(Commands.SYNTAX);
                return;
            }
        }
        long start = a.longValue(2);
        long stop = a.longValue(3);
        if (start == Bytes.NOT_A_NUMBER || stop == Bytes.NOT_A_NUMBER) {
            c.reply().error(Commands.NOT_AN_INTEGER);
            return;
        }
        Object v = c.db().get(a.key(1));
        if (!typeOk(c, v)) {
            return;
        }
        if (v == null) {
            c.reply().array(0);
            return;
        }
        SortedSetValue zset = (SortedSetValue) v;
        long[] range = Ranges.clamp(start, stop, zset.size());
        long n = range[1] - range[0];
        c.reply().array(withScores ? 2 * n : n);
        Iterator<SortedSetValue.Entry> it = rev ? zset.descending() : zset.ascending();
        for (long j = 0; j < range[0]; j++) {
            it.next();
        }
        for (long j = 0; j < n; j++) {
            SortedSetValue.Entry e = it.next();
            c.reply().bulk(e.member());
            if (withScores) {
                c.reply().score(e.score());
            }
        }
    }

    private static void zcard(Client c, Args a) {
        Object v = c.db().get(a.key(1));
        if (typeOk(c, v)) {
            c.reply().integer(v == null ? 0 : ((SortedSetValue) v).size());
        }
    }

    private static void zscore(Client c, Args a) {
        Object v = c.db().get(a.key(1));
        if (!typeOk(c, v)) {
            return;
        }
        Double score = v == null ? null : ((SortedSetValue) v).score(a.key(2));
        if (score == null) {
            c.reply().nullBulk();
        } else {
            c.reply().score(score);
        }
    }
}
