package corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

/**
 * An order workflow as a state machine: transitions in EnumMaps of EnumMaps, per-state counters,
 * an event log edited in place through a ListIterator, object identities tracked in an
 * IdentityHashMap, and a legacy Hashtable report.
 */
public final class EnumMapStateMachine {
    private EnumMapStateMachine() {}

    enum State {
        NEW,
        PAID,
        PACKED,
        SHIPPED,
        DELIVERED,
        CANCELLED
    }

    enum Event {
        PAY,
        PACK,
        SHIP,
        DELIVER,
        CANCEL
    }

    private static final Map<State, Map<Event, State>> TRANSITIONS = new EnumMap<>(State.class);

    private static void allow(State from, Event on, State to) {
        TRANSITIONS.computeIfAbsent(from, s -> new EnumMap<>(Event.class)).put(on, to);
    }

    public static void main(String[] args) {
        allow(State.NEW, Event.PAY, State.PAID);
        allow(State.NEW, Event.CANCEL, State.CANCELLED);
        allow(State.PAID, Event.PACK, State.PACKED);
        allow(State.PAID, Event.CANCEL, State.CANCELLED);
        allow(State.PACKED, Event.SHIP, State.SHIPPED);
        allow(State.SHIPPED, Event.DELIVER, State.DELIVERED);
        System.out.println("transitions " + TRANSITIONS);

        Event[][] orders = {
            {Event.PAY, Event.PACK, Event.SHIP, Event.DELIVER},
            {Event.PAY, Event.CANCEL},
            {Event.PACK},
            {Event.PAY, Event.PACK, Event.CANCEL, Event.SHIP},
            {Event.CANCEL, Event.PAY}
        };
        EnumMap<State, Integer> finals = new EnumMap<>(State.class);
        EnumMap<Event, Integer> rejected = new EnumMap<>(Event.class);
        List<String> log = new ArrayList<>();
        for (int i = 0; i < orders.length; i++) {
            State s = State.NEW;
            for (Event e : orders[i]) {
                State next = TRANSITIONS.getOrDefault(s, Map.of()).get(e);
                if (next == null) {
                    rejected.merge(e, 1, Integer::sum);
                    log.add("order" + i + " " + s + " x " + e);
                } else {
                    log.add("order" + i + " " + s + " -> " + next);
                    s = next;
                }
            }
            finals.merge(s, 1, Integer::sum);
        }
        System.out.println("finals " + finals + " rejected " + rejected);
        System.out.println("has SHIPPED " + finals.containsKey(State.SHIPPED) + " values " + finals.values() + " keys "
                + finals.keySet());
        EnumMap<State, Integer> copy = new EnumMap<>(finals);
        copy.remove(State.CANCELLED);
        copy.put(State.NEW, null);
        System.out.println("copy " + copy + " equals " + copy.equals(finals) + " size " + copy.size() + " null-valued "
                + copy.containsKey(State.NEW) + " " + copy.containsValue(null));
        for (Map.Entry<State, Integer> e : copy.entrySet()) {
            if (e.getValue() != null) {
                e.setValue(e.getValue() * 100);
            }
        }
        System.out.println("scaled " + copy);

        ListIterator<String> it = log.listIterator();
        while (it.hasNext()) {
            String line = it.next();
            if (line.contains(" x ")) {
                it.set(line.toUpperCase());
                it.add("  (rejected at index " + it.previousIndex() + ")");
            } else if (line.endsWith("CANCELLED")) {
                it.remove();
            }
        }
        for (ListIterator<String> back = log.listIterator(log.size()); back.hasPrevious(); ) {
            System.out.println(back.previousIndex() + " " + back.previous());
        }
        try {
            log.listIterator(log.size() + 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("listIterator: " + e.getMessage());
        }
        try {
            List.of(1, 2).listIterator(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("List.of listIterator: " + e.getMessage());
        }

        IdentityHashMap<String, String> seen = new IdentityHashMap<>();
        String a = new String("order");
        String b = new String("order");
        seen.put(a, "first");
        System.out.println("identity " + seen + " " + seen.containsKey(b) + " " + seen.get(a));
        seen.put(b, "second");
        seen.put(a, "again");
        System.out.println("identity size " + seen.size() + " " + seen.get(a) + " " + seen.get(b)
                + " equals-key lookup " + seen.containsKey("order"));
        seen.remove(a);
        System.out.println("after remove " + seen);

        Hashtable<String, Integer> legacy = new Hashtable<>();
        for (State s : State.values()) {
            legacy.put(s.name().toLowerCase(), s.ordinal());
        }
        legacy.put("returned", 9);
        System.out.println("hashtable " + legacy);
        StringBuilder keys = new StringBuilder();
        for (Enumeration<String> e = legacy.keys(); e.hasMoreElements(); ) {
            keys.append(e.nextElement()).append(' ');
        }
        System.out.println("keys " + keys.toString().trim() + " contains 3 " + legacy.contains(3));
        try {
            legacy.put("nothing", null);
        } catch (NullPointerException e) {
            System.out.println("null value refused");
        }
    }
}
