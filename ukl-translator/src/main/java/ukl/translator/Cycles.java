package ukl.translator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The methods on a cycle of a call graph: Tarjan's strongly connected components. */
final class Cycles {
    private final Map<World.Method, List<Set<World.Method>>> calls;
    private final Map<World.Method, Integer> index = new HashMap<>();
    private final Map<World.Method, Integer> low = new HashMap<>();
    private final Deque<World.Method> stack = new ArrayDeque<>();
    private final Set<World.Method> onStack = new HashSet<>();
    private final Set<World.Method> members = new HashSet<>();

    /** {@code calls}: for each method, the possible targets of each of its call sites. */
    Cycles(Map<World.Method, List<Set<World.Method>>> calls) {
        this.calls = calls;
        for (World.Method m : calls.keySet()) {
            if (!index.containsKey(m)) {
                connect(m);
            }
        }
    }

    Set<World.Method> members() {
        return members;
    }

    private void connect(World.Method m) {
        index.put(m, index.size());
        low.put(m, index.get(m));
        stack.push(m);
        onStack.add(m);
        boolean selfCall = false;
        for (Set<World.Method> site : calls.get(m)) {
            for (World.Method t : site) {
                if (t == null || !calls.containsKey(t)) {
                    continue;
                }
                selfCall |= t.equals(m);
                if (!index.containsKey(t)) {
                    connect(t);
                    low.put(m, Math.min(low.get(m), low.get(t)));
                } else if (onStack.contains(t)) {
                    low.put(m, Math.min(low.get(m), index.get(t)));
                }
            }
        }
        if (low.get(m).equals(index.get(m))) {
            Set<World.Method> component = new HashSet<>();
            World.Method t;
            do {
                t = stack.pop();
                onStack.remove(t);
                component.add(t);
            } while (!t.equals(m));
            if (component.size() > 1 || selfCall) {
                members.addAll(component);
            }
        }
    }
}
