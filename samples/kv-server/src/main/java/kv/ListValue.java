package kv;

import java.util.Arrays;

/** A Redis list: a ring buffer of byte strings, O(1) at both ends and by index. */
final class ListValue implements Value {
    private final Memory memory;
    private byte[][] items = new byte[8][];
    private int head;
    private int size;
    private long charged;

    ListValue(Memory memory) {
        this.memory = memory;
    }

    @Override
    public String type() {
        return "list";
    }

    @Override
    public long charged() {
        return charged;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    byte[] get(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    void pushFirst(byte[] b) {
        grow();
        head = (head - 1) & (items.length - 1);
        items[head] = b;
        size++;
        account(b, 1);
    }

    void pushLast(byte[] b) {
        grow();
        items[(head + size) & (items.length - 1)] = b;
        size++;
        account(b, 1);
    }

    byte[] popFirst() {
        byte[] b = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        account(b, -1);
        return b;
    }

    byte[] popLast() {
        int i = (head + size - 1) & (items.length - 1);
        byte[] b = items[i];
        items[i] = null;
        size--;
        account(b, -1);
        return b;
    }

    private void account(byte[] b, int sign) {
        long n = sign * (long) (b.length + Memory.LIST_ELEMENT);
        charged += n;
        memory.charge(n);
    }

    private void grow() {
        if (size == items.length) {
            byte[][] bigger = new byte[items.length * 2][];
            for (int i = 0; i < size; i++) {
                bigger[i] = get(i);
            }
            items = bigger;
            head = 0;
        } else if (size == 0 && items.length > 64) {
            Arrays.fill(items, null);
            head = 0;
        }
    }
}
