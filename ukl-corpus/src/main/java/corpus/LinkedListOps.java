package corpus;

import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;

/** LinkedList as a list (index operations, list iterators) and as a deque. */
public final class LinkedListOps {
    private LinkedListOps() {}

    public static void main(String[] args) {
        LinkedList<String> list = new LinkedList<>(List.of("delta", "alpha", "charlie"));
        list.addFirst("zulu");
        list.addLast("echo");
        list.add(2, "bravo");
        System.out.println(list + " size " + list.size());
        System.out.println("get(3) " + list.get(3) + ", first " + list.getFirst() + ", last " + list.getLast());
        System.out.println("indexOf alpha " + list.indexOf("alpha") + ", lastIndexOf x " + list.lastIndexOf("x"));
        list.set(0, "yankee");
        System.out.println("removed " + list.remove(1) + " and " + list.remove("echo") + " -> " + list);

        ListIterator<String> it = list.listIterator();
        while (it.hasNext()) {
            String s = it.next();
            if (s.startsWith("a")) {
                it.set(s.toUpperCase());
            } else if (s.startsWith("c")) {
                it.add("charlie-2");
            } else if (s.startsWith("y")) {
                it.remove();
            }
        }
        System.out.println("after list iterator " + list);
        StringBuilder back = new StringBuilder();
        while (it.hasPrevious()) {
            back.append(it.previousIndex()).append(':').append(it.previous()).append(' ');
        }
        System.out.println("backwards " + back.toString().trim());
        ListIterator<String> mid = list.listIterator(2);
        System.out.println("from 2: next " + mid.next() + " nextIndex " + mid.nextIndex());

        Iterator<String> desc = list.descendingIterator();
        StringBuilder d = new StringBuilder();
        while (desc.hasNext()) {
            d.append(desc.next()).append(' ');
        }
        System.out.println("descending " + d.toString().trim());
        list.addAll(1, List.of("one", "two"));
        System.out.println("addAll(1) " + list);
        System.out.println("subList(1, 3) " + list.subList(1, 3));
        System.out.println(
                "equals List.of " + list.equals(List.of("bravo", "one", "two", "ALPHA", "charlie", "charlie-2"))
                        + " hashCode " + list.hashCode());

        LinkedList<Integer> queue = new LinkedList<>();
        for (int i = 0; i < 6; i++) {
            queue.offer(i * i);
        }
        queue.push(-1);
        System.out.println("queue " + queue + " poll " + queue.poll() + " pollLast " + queue.pollLast() + " peekLast "
                + queue.peekLast() + " pop " + queue.pop());
        queue.removeIf(x -> x % 2 == 0);
        System.out.println("odd squares " + queue);
        try {
            list.get(42);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            list.listIterator(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        queue.clear();
        System.out.println("cleared " + queue + " empty " + queue.isEmpty() + " peek " + queue.peek());
    }
}
