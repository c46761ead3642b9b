package corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SequencedCollection;
import java.util.SequencedMap;
import java.util.SequencedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JDK 21 sequenced collections as applications use them: a most-recently-used file list on a
 * LinkedHashSet, an event log read newest first through List.reversed(), an undo stack walked
 * from the bottom, a leaderboard on a TreeMap's reversed view, pinned settings with putFirst,
 * and the exceptions at the empty ends and on the sorted collections' fixed order.
 */
public final class SequencedViews {
    private SequencedViews() {}

    /** The files opened most recently first, at most {@code limit} of them. */
    static final class RecentFiles {
        private final SequencedSet<String> files = new LinkedHashSet<>();
        private final int limit;

        RecentFiles(int limit) {
            this.limit = limit;
        }

        void open(String file) {
            files.addFirst(file);
            while (files.size() > limit) {
                System.out.println("  forget " + files.removeLast());
            }
        }

        SequencedSet<String> view() {
            return Collections.unmodifiableSequencedSet(files);
        }
    }

    public static void main(String[] args) {
        RecentFiles recent = new RecentFiles(3);
        for (String f : new String[] {"a.txt", "b.txt", "c.txt", "a.txt", "d.txt", "b.txt"}) {
            recent.open(f);
        }
        SequencedSet<String> mru = recent.view();
        System.out.println("recent " + mru + " oldest first " + mru.reversed());
        System.out.println("latest " + mru.getFirst() + ", oldest " + mru.getLast());
        try {
            mru.removeFirst();
        } catch (UnsupportedOperationException e) {
            System.out.println("read-only view refuses removeFirst");
        }

        List<String> log = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            log.add("event-" + i);
        }
        List<String> newestFirst = log.reversed();
        System.out.println("newest first " + newestFirst.subList(0, 3));
        newestFirst.add("event-0");
        newestFirst.set(0, "event-6!");
        newestFirst.removeIf(new java.util.function.Predicate<String>() {
            @Override
            public boolean test(String event) {
                return isOdd(event);
            }
        });
        System.out.println("log " + log + " reversed " + newestFirst + " index " + newestFirst.indexOf("event-2"));
        StringBuilder walk = new StringBuilder();
        for (Iterator<String> it = newestFirst.iterator(); it.hasNext(); ) {
            String e = it.next();
            if (e.endsWith("4")) {
                it.remove();
            } else {
                walk.append(e).append(' ');
            }
        }
        System.out.println("walked " + walk + "log now " + log);

        Deque<String> undo = new ArrayDeque<>();
        undo.push("type hello");
        undo.push("bold");
        undo.push("delete word");
        System.out.println("undo next " + undo.peek() + ", history oldest first " + undo.reversed());
        undo.reversed().addFirst("open file");
        System.out.println("after reversed addFirst " + undo + " last " + undo.getLast());

        LinkedList<Integer> queue = new LinkedList<>(List.of(1, 2, 3, 4));
        LinkedList<Integer> back = queue.reversed();
        back.addFirst(5);
        back.removeLast();
        System.out.println("queue " + queue + " back " + back + " poll " + back.pollFirst() + " queue " + queue);

        TreeMap<Integer, String> scores = new TreeMap<>();
        scores.put(70, "ann");
        scores.put(95, "bob");
        scores.put(82, "cy");
        SequencedMap<Integer, String> board = scores.reversed();
        System.out.println("leader " + board.firstEntry() + " board " + board + " last " + board.lastEntry());
        try {
            scores.putFirst(100, "dee");
        } catch (UnsupportedOperationException e) {
            System.out.println("TreeMap.putFirst: UnsupportedOperationException");
        }
        TreeSet<String> names = new TreeSet<>(List.of("kim", "al", "zed"));
        System.out.println("names reversed " + names.reversed() + " first " + names.getFirst());
        try {
            names.addFirst("bo");
        } catch (UnsupportedOperationException e) {
            System.out.println("TreeSet.addFirst: UnsupportedOperationException");
        }

        LinkedHashMap<String, String> settings = new LinkedHashMap<>();
        settings.put("theme", "dark");
        settings.put("font", "mono");
        settings.put("lang", "en");
        settings.putFirst("profile", "work");
        settings.putLast("theme", "light");
        System.out.println("settings " + settings + " reversed " + settings.reversed());
        System.out.println("keys newest first " + settings.sequencedKeySet().reversed() + " values "
                + settings.sequencedValues().reversed());
        Map.Entry<String, String> first = settings.pollFirstEntry();
        System.out.println("polled " + first + " then " + settings.firstEntry() + " .. " + settings.lastEntry());
        try {
            first.setValue("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("polled entry is a snapshot");
        }
        SequencedMap<String, String> rev = settings.reversed();
        rev.putFirst("debug", "off");
        rev.sequencedEntrySet().removeLast();
        for (Map.Entry<String, String> e : rev.entrySet()) {
            e.setValue(e.getValue().toUpperCase());
        }
        System.out.println("settings " + settings + " reversed twice " + rev.reversed());

        LinkedHashMap<String, Integer> lru = new LinkedHashMap<>(8, 0.75f, true);
        lru.put("x", 1);
        lru.put("y", 2);
        lru.put("z", 3);
        lru.get("x");
        lru.putFirst("z", 30);
        System.out.println(
                "access order " + lru + " eldest " + lru.sequencedKeySet().getFirst());

        List<String> fixed = List.of("one", "two", "three");
        System.out.println("fixed reversed " + fixed.reversed() + " last " + fixed.getLast());
        try {
            fixed.reversed().add("four");
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of reversed view refuses add");
        }
        SequencedCollection<String> empty = new ArrayList<>();
        try {
            empty.getFirst();
        } catch (NoSuchElementException e) {
            System.out.println("empty getFirst: NoSuchElementException");
        }
        try {
            new ArrayDeque<String>().reversed().removeLast();
        } catch (NoSuchElementException e) {
            System.out.println("empty deque reversed removeLast: NoSuchElementException");
        }
        System.out.println("equal views " + log.reversed().reversed().equals(log) + " "
                + (settings.reversed().hashCode() == settings.hashCode()));
    }

    private static boolean isOdd(String event) {
        return (event.charAt(event.length() - 1) - '0') % 2 == 1;
    }
}
