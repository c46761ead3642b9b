package kv;

import java.util.HashMap;
import java.util.Iterator;
import java.util.TreeSet;

/**
 * A Redis sorted set: a map from member to score, and the members ordered by score, ties by
 * member bytes (Redis's {@code zslInsert} order). Ranks walk the ordered set; Redis's skip list
 * finds them in O(log n), which only matters for large offsets.
 */
final class SortedSetValue implements Value {
    /** A member at its score; scores compare with {@code <}, so -0.0 and 0.0 tie as in Redis. */
    record Entry(double score, Key member) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            if (score < o.score) {
                return -1;
            }
            if (score > o.score) {
                return 1;
            }
            return member.compareTo(o.member);
        }
    }

    private final Memory memory;
    private final HashMap<Key, Double> scores = new HashMap<>();
    private final TreeSet<Entry> ordered = new TreeSet<>();
    private long charged;

    SortedSetValue(Memory memory) {
        this.memory = memory;
    }

    @Override
    public String type() {
        return "zset";
    }

    @Override
    public long charged() {
        return charged;
    }

    @Override
    public boolean isEmpty() {
        return scores.isEmpty();
    }

    int size() {
        return scores.size();
    }

    /** The member's score, or null. */
    Double score(Key member) {
        return scores.get(member);
    }

    /** Sets a stored member's score, adding it when new. */
    void put(Key member, double score) {
        Double old = scores.put(member, score);
        if (old != null) {
            ordered.remove(new Entry(old, member));
        } else {
            account(member, 1);
        }
        ordered.add(new Entry(score, member));
    }

    Entry popFirst() {
        Entry e = ordered.pollFirst();
        scores.remove(e.member());
        account(e.member(), -1);
        return e;
    }

    Iterator<Entry> ascending() {
        return ordered.iterator();
    }

    Iterator<Entry> descending() {
        return ordered.descendingIterator();
    }

    private void account(Key member, int sign) {
        long n = sign * (long) (member.length() + Memory.ZSET_MEMBER);
        charged += n;
        memory.charge(n);
    }
}
