package corpus;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** ArrayDeque as a queue, a stack and a double-ended buffer, with its null and empty rules. */
public final class DequeBasics {
    private DequeBasics() {}

    public static void main(String[] args) {
        Deque<Integer> deque = new ArrayDeque<>();
        for (int i = 1; i <= 5; i++) {
            if (i % 2 == 0) {
                deque.addFirst(i);
            } else {
                deque.addLast(i);
            }
        }
        System.out.println(deque + " size " + deque.size());
        System.out.println("first " + deque.peekFirst() + " last " + deque.peekLast());
        System.out.println("pollFirst " + deque.pollFirst() + " pollLast " + deque.pollLast() + " -> " + deque);

        Deque<String> stack = new ArrayDeque<>();
        stack.push("a");
        stack.push("b");
        stack.push("c");
        System.out.println("stack " + stack + " pop " + stack.pop() + " peek " + stack.peek());

        ArrayDeque<Integer> ring = new ArrayDeque<>(4);
        for (int i = 0; i < 40; i++) {
            ring.offer(i);
            if (ring.size() > 6) {
                ring.poll();
            }
        }
        System.out.println("ring " + ring);
        Iterator<Integer> down = ring.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (down.hasNext()) {
            int x = down.next();
            sb.append(x).append(' ');
            if (x % 3 == 0) {
                down.remove();
            }
        }
        System.out.println("descending " + sb + "-> " + ring);
        ring.addFirst(36);
        ring.addLast(36);
        System.out.println("removeFirstOccurrence " + ring.removeFirstOccurrence(36) + " " + ring);
        System.out.println("removeLastOccurrence " + ring.removeLastOccurrence(36) + " " + ring);
        System.out.println("contains 37 " + ring.contains(37) + ", 36 " + ring.contains(36));
        ArrayDeque<Integer> copy = ring.clone();
        copy.clear();
        System.out.println("clone cleared " + copy + " original " + ring);
        try {
            copy.removeFirst();
        } catch (NoSuchElementException e) {
            System.out.println("removeFirst on empty: " + e);
        }
        try {
            copy.addLast(null);
        } catch (NullPointerException e) {
            System.out.println("null refused");
        }
        System.out.println("poll on empty " + copy.poll() + ", peek " + copy.peek());
        Object[] array = ring.toArray();
        System.out.println("toArray length " + array.length + " first " + array[0]);
    }
}
