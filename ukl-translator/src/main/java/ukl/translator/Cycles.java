package ukl.translator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ukl.classmodel.MethodRef;

/** The methods on a cycle of a call graph: Tarjan's strongly connected components. */
final class Cycles {
    private final Map<MethodRef, List<Set<MethodRef>>> calls;
    private final Map<MethodRef, Integer> index = new HashMap<>();
    private final Map<MethodRef, Integer> low = new HashMap<>();
    private final Deque<MethodRef> stack = new ArrayDeque<>();
    private final Set<MethodRef> onStack = new HashSet<>();
    private final Set<MethodRef> members = new HashSet<>();

    /** {@code calls}: for each method, the possible targets of each of its call sites. */
    Cycles(Map<MethodRef, List<Set<MethodRef>>> calls) {
        this.calls = calls;
        for (MethodRef m : calls.keySet()) {
            if (!index.containsKey(m)) {
                connect(m);
            }
        }
    }

    Set<MethodRef> members() {
        return members;
    }

    private void connect(MethodRef m) {
        index.put(m, index.size());
        low.put(m, index.get(m));
        stack.push(m);
        onStack.add(m);
        boolean selfCall = false;
        for (Set<MethodRef> site : calls.get(m)) {
            for (MethodRef t : site) {
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
            Set<MethodRef> component = new HashSet<>();
            MethodRef t;
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
