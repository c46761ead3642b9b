package ukl.linker;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The methods that can run, from {@code ukl.kernel.Start.start()} and the keep rules: rapid type
 * analysis, conservative in the closed world. A virtual or interface call reaches the override in
 * every instantiated subtype of its receiver class; a class's {@code <clinit>} is reached when the
 * class is initialised (JVMS §5.5: {@code new}, static access, a subclass's initialisation); an
 * enum's {@code values()} is reached with the enum, because {@code Class.enumConstants()} calls it
 * (contracts §4).
 */
final class Reachability {
    static final String START = "ukl/kernel/Start";

    private record VirtualCall(String owner, String name, String desc) {}

    private final World world;
    private final Map<String, World.Method> reachable = new LinkedHashMap<>();
    private final Deque<World.Method> todo = new ArrayDeque<>();
    private final Set<String> initialized = new HashSet<>();
    private final Set<String> instantiated = new HashSet<>();
    private final Set<VirtualCall> virtualCalls = new HashSet<>();
    private final Map<String, Set<String>> supertypes = new HashMap<>();

    Reachability(World world) {
        this.world = world;
    }

    /** The reachable methods with code or {@code native}, each once, in discovery order. */
    Collection<World.Method> compute(List<String> keepRules) {
        ClassNode start = world.get(START);
        if (start != null) {
            MethodNode m = World.declared(start, "start", "()V");
            if (m != null) {
                reach(new World.Method(start, m));
                initialize(start);
            }
        }
        for (String rule : keepRules) {
            keep(rule);
        }
        while (!todo.isEmpty()) {
            World.Method m = todo.pop();
            for (AbstractInsnNode insn : m.method().instructions) {
                scan(insn);
            }
        }
        return List.copyOf(reachable.values());
    }

    boolean isInstantiated(String className) {
        return instantiated.contains(className);
    }

    private void scan(AbstractInsnNode insn) {
        switch (insn) {
            case MethodInsnNode call -> {
                World.Method target = world.resolveMethod(call.owner, call.name, call.desc);
                if (target == null) {
                    return;
                }
                reach(target);
                switch (call.getOpcode()) {
                    case Opcodes.INVOKESTATIC -> initialize(target.owner());
                    case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKEINTERFACE -> virtualCall(call);
                    default -> { } // invokespecial: exactly the resolved method
                }
            }
            case FieldInsnNode field when field.getOpcode() == Opcodes.GETSTATIC || field.getOpcode() == Opcodes.PUTSTATIC -> {
                World.Field f = world.resolveField(field.owner, field.name, field.desc);
                if (f != null) {
                    initialize(f.owner());
                }
            }
            case TypeInsnNode type when type.getOpcode() == Opcodes.NEW -> instantiate(world.get(type.desc));
            case LdcInsnNode ldc when ldc.cst instanceof String -> instantiate(world.get("java/lang/String"));
            case LdcInsnNode ldc when ldc.cst instanceof Type -> instantiate(world.get("java/lang/Class"));
            default -> { }
        }
    }

    private void reach(World.Method m) {
        String key = m.owner().name + "." + m.method().name + m.method().desc;
        if (reachable.putIfAbsent(key, m) == null) {
            todo.push(m);
        }
    }

    /** JVMS §5.5: initialising a class runs its {@code <clinit>} after its superclass's. */
    private void initialize(ClassNode c) {
        if (c == null || !initialized.add(c.name)) {
            return;
        }
        initialize(world.superOf(c));
        MethodNode clinit = World.declared(c, "<clinit>", "()V");
        if (clinit != null) {
            reach(new World.Method(c, clinit));
        }
        MethodNode values = World.declared(c, "values", "()[L" + c.name + ";");
        if ((c.access & Opcodes.ACC_ENUM) != 0 && values != null) {
            reach(new World.Method(c, values));
        }
    }

    private void instantiate(ClassNode c) {
        if (c == null || !instantiated.add(c.name)) {
            return;
        }
        initialize(c);
        for (VirtualCall call : List.copyOf(virtualCalls)) {
            dispatch(c, call);
        }
    }

    private void virtualCall(MethodInsnNode insn) {
        String owner = insn.owner.startsWith("[") ? "java/lang/Object" : insn.owner;
        VirtualCall call = new VirtualCall(owner, insn.name, insn.desc);
        if (virtualCalls.add(call)) {
            for (String name : List.copyOf(instantiated)) {
                dispatch(world.get(name), call);
            }
        }
    }

    private void dispatch(ClassNode receiver, VirtualCall call) {
        if (supertypesOf(receiver.name).contains(call.owner)) {
            World.Method target = world.dispatch(receiver, call.name, call.desc);
            if (target != null) {
                reach(target);
            }
        }
    }

    private Set<String> supertypesOf(String name) {
        Set<String> known = supertypes.get(name);
        if (known == null) {
            known = new HashSet<>();
            known.add(name);
            ClassNode c = world.get(name);
            if (c != null) {
                if (c.superName != null) {
                    known.addAll(supertypesOf(c.superName));
                }
                for (String i : c.interfaces) {
                    known.addAll(supertypesOf(i));
                }
            }
            supertypes.put(name, known);
        }
        return known;
    }

    private static final Pattern KEEP_CLASS = Pattern.compile("(?:class|interface|enum)\\s+([\\w.$*?]+)");
    private static final Pattern METHOD_NAME = Pattern.compile("([\\w$<>]+)\\s*\\(");

    /**
     * The methods a ProGuard keep rule names ({@code -keep class a.b.** { void run(); }}) are roots,
     * all of them for {@code *;} or {@code <methods>;}; a class whose constructors are kept counts as
     * instantiated. Wildcards follow ProGuard's manual: {@code **} any characters, {@code *} any
     * within one package, {@code ?} one character. Parameter lists are not matched: every overload
     * of a named method is kept, which is at least what ProGuard keeps.
     */
    private void keep(String rule) {
        Matcher names = KEEP_CLASS.matcher(rule);
        if (!names.find()) {
            return;
        }
        Pattern classes = Pattern.compile(globToRegex(names.group(1)));
        int open = rule.indexOf('{');
        String body = open < 0 ? "" : rule.substring(open + 1, Math.max(open + 1, rule.lastIndexOf('}')));
        boolean all = body.contains("*;") || body.contains("<methods>");
        Set<String> methods = new HashSet<>();
        Matcher m = METHOD_NAME.matcher(body);
        while (m.find()) {
            methods.add(m.group(1));
        }
        for (ClassNode c : world.classes()) {
            if (!classes.matcher(c.name.replace('/', '.')).matches()) {
                continue;
            }
            if (all || methods.contains("<init>")) {
                instantiate(c);
            }
            initialize(c);
            for (MethodNode method : c.methods) {
                if (all || methods.contains(method.name)) {
                    reach(new World.Method(c, method));
                }
            }
        }
    }

    static String globToRegex(String glob) {
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char ch = glob.charAt(i);
            if (ch == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                r.append(".*");
                i++;
            } else if (ch == '*') {
                r.append("[^.]*");
            } else if (ch == '?') {
                r.append("[^.]");
            } else {
                r.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return r.toString();
    }
}
