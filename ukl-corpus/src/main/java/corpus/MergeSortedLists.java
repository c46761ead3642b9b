package corpus;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.PriorityQueue;

/** Merging sorted lists: two-way with iterators, k-way with a PriorityQueue, and a linked-list merge sort. */
public final class MergeSortedLists {
    private MergeSortedLists() {}

    static List<Integer> merge(List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>(a.size() + b.size());
        Iterator<Integer> i = a.iterator();
        Iterator<Integer> j = b.iterator();
        Integer x = i.hasNext() ? i.next() : null;
        Integer y = j.hasNext() ? j.next() : null;
        while (x != null || y != null) {
            if (y == null || (x != null && x <= y)) {
                out.add(x);
                x = i.hasNext() ? i.next() : null;
            } else {
                out.add(y);
                y = j.hasNext() ? j.next() : null;
            }
        }
        return out;
    }

    record Head(int value, int list, int index) {}

    static List<Integer> mergeAll(List<List<Integer>> lists) {
        PriorityQueue<Head> heads = new PriorityQueue<>((p, q) ->
                p.value() != q.value() ? Integer.compare(p.value(), q.value()) : Integer.compare(p.list(), q.list()));
        for (int k = 0; k < lists.size(); k++) {
            if (!lists.get(k).isEmpty()) {
                heads.add(new Head(lists.get(k).get(0), k, 0));
            }
        }
        List<Integer> out = new ArrayList<>();
        while (!heads.isEmpty()) {
            Head h = heads.poll();
            out.add(h.value());
            List<Integer> source = lists.get(h.list());
            if (h.index() + 1 < source.size()) {
                heads.add(new Head(source.get(h.index() + 1), h.list(), h.index() + 1));
            }
        }
        return out;
    }

    static LinkedList<Integer> mergeSort(LinkedList<Integer> list) {
        if (list.size() < 2) {
            return list;
        }
        LinkedList<Integer> left = new LinkedList<>();
        int half = list.size() / 2;
        while (left.size() < half) {
            left.add(list.removeFirst());
        }
        LinkedList<Integer> a = mergeSort(left);
        LinkedList<Integer> b = mergeSort(list);
        LinkedList<Integer> out = new LinkedList<>();
        while (!a.isEmpty() && !b.isEmpty()) {
            out.add(a.getFirst() <= b.getFirst() ? a.removeFirst() : b.removeFirst());
        }
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    public static void main(String[] args) {
        List<Integer> evens = List.of(0, 2, 4, 6, 8, 10);
        List<Integer> odds = List.of(1, 3, 5, 7);
        System.out.println(merge(evens, odds));
        System.out.println(merge(List.of(), odds) + " " + merge(evens, List.of()));
        List<List<Integer>> many = List.of(
                List.of(1, 4, 9, 16),
                List.of(2, 3, 5, 7, 11, 13),
                List.of(),
                List.of(1, 1, 2, 3, 5, 8, 13, 21),
                List.of(10, 20, 30));
        System.out.println(mergeAll(many));
        LinkedList<Integer> scrambled = new LinkedList<>();
        int x = 17;
        for (int i = 0; i < 25; i++) {
            x = (x * 31 + 7) % 101;
            scrambled.add(x);
        }
        System.out.println("before " + scrambled);
        System.out.println("after  " + mergeSort(scrambled));
    }
}
