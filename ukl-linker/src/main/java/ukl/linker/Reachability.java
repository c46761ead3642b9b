package ukl.linker;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import ukl.classmodel.ClassWorld;
import ukl.classmodel.MethodRef;

/**
 * The methods that can run, from {@code ukl.kernel.Start.start()} and the keep rules: rapid type
 * analysis, conservative in the closed world. A virtual or interface call reaches the method the
 * JVM selects (JVMS §5.4.6) for each instantiated subtype of its receiver class, a super call the
 * one {@code invokespecial} selects (§6.5); a class's {@code <clinit>} is reached when the
 * class is initialised (JVMS §5.5: {@code new}, static access, a subclass's initialisation); an
 * enum's {@code values()} is reached with the enum, because {@code Class.enumConstants()} calls it
 * (contracts §4).
 */
final class Reachability {
    static final String START = "ukl/kernel/Start";

    /** A dispatched call: each receiver that is a subtype of {@code owner} runs its selection for {@code resolved}. */
    private record VirtualCall(String owner, MethodRef resolved) {}

    private final World world;
    private final Map<String, MethodRef> reachable = new LinkedHashMap<>();
    private final Deque<MethodRef> todo = new ArrayDeque<>();
    private final Set<String> initialized = new HashSet<>();
    private final Set<String> instantiated = new HashSet<>();
    private final Set<VirtualCall> virtualCalls = new HashSet<>();

    Reachability(World world) {
        this.world = world;
    }

    /** The reachable methods with code or {@code native}, each once, in discovery order. */
    Collection<MethodRef> compute(List<String> keepRules) {
        ClassNode start = world.get(START);
        if (start != null) {
            MethodNode m = ClassWorld.declaredMethod(start, "start", "()V");
            if (m != null) {
                reach(new MethodRef(start, m));
                initialize(start);
            }
        }
        for (String rule : keepRules) {
            keep(rule);
        }
        while (!todo.isEmpty()) {
            MethodRef m = todo.pop();
            for (AbstractInsnNode insn : m.node().instructions) {
                scan(m, insn);
            }
        }
        return List.copyOf(reachable.values());
    }

    boolean isInstantiated(String className) {
        return instantiated.contains(className);
    }

    /** What {@code insn} of {@code in} reaches; an unresolvable reference reaches nothing (the checker reports it). */
    private void scan(MethodRef in, AbstractInsnNode insn) {
        switch (insn) {
            case MethodInsnNode call -> {
                Optional<MethodRef> resolved = world.resolver().resolveMethod(call.owner, call.name, call.desc);
                if (resolved.isEmpty()) {
                    return;
                }
                MethodRef target = resolved.get();
                switch (call.getOpcode()) {
                    case Opcodes.INVOKESTATIC -> {
                        reach(target);
                        initialize(target.owner());
                    }
                    case Opcodes.INVOKESPECIAL ->
                        world.resolver()
                                .selectSpecial(in.owner().name, call.owner, target)
                                .ifPresent(this::reach);
                    default -> virtualCall(call, target);
                }
            }
            case FieldInsnNode field
            when field.getOpcode() == Opcodes.GETSTATIC || field.getOpcode() == Opcodes.PUTSTATIC ->
                world.resolver()
                        .resolveField(field.owner, field.name, field.desc)
                        .ifPresent(f -> initialize(f.owner()));
            case TypeInsnNode type when type.getOpcode() == Opcodes.NEW -> instantiate(world.get(type.desc));
            case LdcInsnNode ldc when ldc.cst instanceof String -> instantiate(world.get("java/lang/String"));
            case LdcInsnNode ldc when ldc.cst instanceof Type -> instantiate(world.get("java/lang/Class"));
            default -> {}
        }
    }

    /**
     * A native makes what it returns without a {@code new} the analysis could see (a
     * {@code Class} from {@code getClass()}, a {@code String} from the backtrace natives), so its
     * return class counts as instantiated.
     */
    private void reach(MethodRef m) {
        String key = m.owner().name + "." + m.node().name + m.node().desc;
        if (reachable.putIfAbsent(key, m) == null) {
            todo.push(m);
            if ((m.node().access & Opcodes.ACC_NATIVE) != 0) {
                Type returned = Type.getReturnType(m.node().desc);
                if (returned.getSort() == Type.OBJECT) {
                    instantiate(world.get(returned.getInternalName()));
                }
            }
        }
    }

    /** JVMS §5.5: initialising a class runs its {@code <clinit>} after its superclass's. */
    private void initialize(ClassNode c) {
        if (c == null || !initialized.add(c.name)) {
            return;
        }
        initialize(world.model().superclass(c));
        MethodNode clinit = ClassWorld.declaredMethod(c, "<clinit>", "()V");
        if (clinit != null) {
            reach(new MethodRef(c, clinit));
        }
        MethodNode values = ClassWorld.declaredMethod(c, "values", "()[L" + c.name + ";");
        if ((c.access & Opcodes.ACC_ENUM) != 0 && values != null) {
            reach(new MethodRef(c, values));
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

    /**
     * JVMS §5.4.6: the call runs the selection for each instantiated receiver class. Arrays are
     * never instantiated by {@code new}; their methods are {@code Object}'s, so a call resolved to
     * one of those reaches it as well.
     */
    private void virtualCall(MethodInsnNode insn, MethodRef resolved) {
        if (resolved.owner().name.equals(ClassWorld.OBJECT)) {
            reach(resolved);
        }
        String owner = insn.owner.startsWith("[") ? ClassWorld.OBJECT : insn.owner;
        VirtualCall call = new VirtualCall(owner, resolved);
        if (virtualCalls.add(call)) {
            for (String name : List.copyOf(instantiated)) {
                dispatch(world.get(name), call);
            }
        }
    }

    private void dispatch(ClassNode receiver, VirtualCall call) {
        if (world.model().isSubtype(receiver.name, call.owner)) {
            world.resolver().select(receiver.name, call.resolved()).ifPresent(this::reach);
        }
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
                    reach(new MethodRef(c, method));
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
