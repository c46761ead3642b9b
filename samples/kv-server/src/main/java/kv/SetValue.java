package kv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Random;

/**
 * A Redis set: members in an array for SPOP's uniform random pick, and a map from member to its
 * index for membership. Removal moves the last member into the hole.
 */
final class SetValue implements Value {
    private final Memory memory;
    private final HashMap<Key, Integer> index = new HashMap<>();
    private final ArrayList<Key> members = new ArrayList<>();
    private long charged;

    SetValue(Memory memory) {
        this.memory = memory;
    }

    @Override
    public String type() {
        return "set";
    }

    @Override
    public long charged() {
        return charged;
    }

    @Override
    public boolean isEmpty() {
        return members.isEmpty();
    }

    int size() {
        return members.size();
    }

    Key get(int i) {
        return members.get(i);
    }

    boolean contains(Key member) {
        return index.containsKey(member);
    }

    /** Adds a stored key; false when it was there already. */
    boolean add(Key member) {
        if (index.containsKey(member)) {
            return false;
        }
        index.put(member, members.size());
        members.add(member);
        account(member, 1);
        return true;
    }

    Key popRandom(Random random) {
        int i = random.nextInt(members.size());
        Key member = members.get(i);
        Key last = members.remove(members.size() - 1);
        index.remove(member);
        if (last != member) {
            members.set(i, last);
            index.put(last, i);
        }
        account(member, -1);
        return member;
    }

    private void account(Key member, int sign) {
        long n = sign * (long) (member.length() + Memory.SET_MEMBER);
        charged += n;
        memory.charge(n);
    }
}
