package ukl.translator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.analysis.Frame;
import ukl.classmodel.MethodRef;

/**
 * What a call of each method can do to its caller, from the closed world (DESIGN.md: "closed world
 * tells which calls cannot throw"), each a least fixpoint over the call graph:
 *
 * <ul>
 *   <li><em>throws</em>: it can return with an exception pending, so calls of the others skip the
 *       pending check. A method throws if one of its instructions can throw by itself (JVMS §6.5
 *       lists each instruction's run-time exceptions; a field access, call or array length on a
 *       reference that {@link Nullness} knows is not null cannot), if it is recursive
 *       (StackOverflowError), if a method it can call throws, or if a call of it can reach an
 *       abstract method (ukl_abstract_called). A dispatched call is no different: it throws if one
 *       of the implementations it can reach does.
 *   <li><em>loud</em>: something below a call of it can read the caller's shadow frame, so the
 *       caller stores its line before the call. Only a Throwable's constructor (which needs an
 *       allocation, so its method throws) and the crash report of a fault in a native read it; a
 *       method is loud if it throws, is a native other than {@link Intrinsics#isLeaf}, or calls
 *       a loud one. A quiet callee is to its caller what an arithmetic instruction is, as for the
 *       JVM's line table, which only a stack walk consults.
 *   <li><em>unbounded</em>: a call of it may run long without its caller's poll: it is loud, has a
 *       loop (a backward jump), or calls an unbounded method. A call of a bounded method is
 *       straight-line work, as a loop body of arithmetic is ({@link CountedLoops}).
 *   <li><em>recursive</em>: it lies on a cycle of the call graph ({@link Cycles}). Only a chain of
 *       calls through such methods runs without end and without a back-edge, so only they poll on
 *       entry (DESIGN.md, "threads").
 *   <li><em>checks the stack</em>: it is recursive, or it can throw and a chain of more than
 *       {@link #UNCHECKED_DEPTH} methods that can throw and do not check starts at it. Every
 *       unbounded chain of calls passes a recursive method, which raises StackOverflowError (JVMS
 *       §2.5.2) where its frame crosses the limit; between two checks lie at most that many frames
 *       of methods that can throw, and below them, as before, methods that cannot (not recursive,
 *       so bounded chains), which the reserve below the limit holds (ukl_runtime.h).
 * </ul>
 */
final class Effects {
    private final Set<MethodRef> throwing = new HashSet<>();
    private final Set<MethodRef> loud = new HashSet<>();
    private final Set<MethodRef> unbounded = new HashSet<>();
    private final Set<MethodRef> recursive;
    private final Set<MethodRef> checksStack = new HashSet<>();
    /**
     * The most frames of methods that can throw between two stack checks: 8 frames of a few hundred
     * bytes each are a small part of the 64 KiB reserve, and the call chains of a request are
     * mostly shallower, so most methods go without the check's load, compare and branch.
     */
    static final int UNCHECKED_DEPTH = 8;

    Effects(Program program) throws TranslationException {
        Map<MethodRef, List<Set<MethodRef>>> calls = new HashMap<>();
        for (MethodRef m : program.layout.methods) {
            if (m.isAbstract()) {
                continue;
            }
            if ((m.node().access & Opcodes.ACC_NATIVE) != 0) {
                if (Intrinsics.mayThrow(m)) {
                    throwing.add(m);
                }
                continue;
            }
            List<Set<MethodRef>> callees = new ArrayList<>();
            if (scan(program, m, callees)) {
                throwing.add(m);
            }
            calls.put(m, callees);
        }
        // JVMS §2.5.2: any call may throw StackOverflowError. Only recursion can exhaust the stack
        // (a non-recursive chain is bounded and fits the reserve below the limit), so methods on a
        // call-graph cycle throw; they get a frame and the stack check.
        recursive = new Cycles(calls).members();
        throwing.addAll(recursive);
        spread(calls, throwing);

        for (MethodRef m : program.layout.methods) {
            boolean isNative = (m.node().access & Opcodes.ACC_NATIVE) != 0;
            // An abstract target is ukl_abstract_called, which throws.
            if (m.isAbstract() || throwing.contains(m) || (isNative && !Intrinsics.isLeaf(m))) {
                loud.add(m);
            }
        }
        spread(calls, loud);

        unbounded.addAll(loud);
        for (MethodRef m : calls.keySet()) {
            if (loops(m)) {
                unbounded.add(m);
            }
        }
        spread(calls, unbounded);

        Map<MethodRef, Integer> depth = new HashMap<>();
        for (MethodRef m : calls.keySet()) {
            uncheckedDepth(m, calls, depth);
        }
    }

    /**
     * The frames of methods that can throw and do not check the stack on the longest chain of calls
     * from {@code m} to the next method that checks; decides whether {@code m} checks. Recursive
     * methods check, so the rest of the graph is acyclic and the recursion ends.
     */
    private int uncheckedDepth(MethodRef m, Map<MethodRef, List<Set<MethodRef>>> calls, Map<MethodRef, Integer> depth) {
        Integer known = depth.get(m);
        if (known != null) {
            return known;
        }
        List<Set<MethodRef>> sites = calls.get(m);
        if (recursive.contains(m) || sites == null) {
            if (recursive.contains(m)) {
                checksStack.add(m);
            }
            depth.put(m, 0); // natives and abstract methods: the runtime's, with no Java frame below
            return 0;
        }
        int below = 0;
        for (Set<MethodRef> site : sites) {
            for (MethodRef c : site) {
                below = Math.max(below, c == null ? UNCHECKED_DEPTH : uncheckedDepth(c, calls, depth));
            }
        }
        // Methods that cannot throw have no way to raise the error and no cycle below them (count 0).
        int d = throwing.contains(m) ? below + 1 : below;
        if (throwing.contains(m) && d > UNCHECKED_DEPTH) {
            checksStack.add(m);
            d = 0;
        }
        depth.put(m, d);
        return d;
    }

    /** Adds to {@code set} every method that can call one in it (or an unknown target), until none is left. */
    private static void spread(Map<MethodRef, List<Set<MethodRef>>> calls, Set<MethodRef> set) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<MethodRef, List<Set<MethodRef>>> e : calls.entrySet()) {
                if (set.contains(e.getKey())) {
                    continue;
                }
                for (Set<MethodRef> site : e.getValue()) {
                    if (site.stream().anyMatch(c -> c == null || set.contains(c))) {
                        set.add(e.getKey());
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    boolean mayThrow(MethodRef m) {
        return throwing.contains(m);
    }

    /** Whether {@code m} lies on a cycle of the call graph, so a chain of its calls may not end. */
    boolean recursive(MethodRef m) {
        return recursive.contains(m);
    }

    /** Whether {@code m} compares its frame with the stack's limit on entry (see above). */
    boolean checksStack(MethodRef m) {
        return checksStack.contains(m);
    }

    /** Whether nothing below a call of {@code m} can read the caller's shadow frame (not loud, above). */
    boolean quiet(MethodRef m) {
        return !loud.contains(m);
    }

    /** Whether a call of {@code m} is straight-line work: quiet, and no loop runs in it or below it. */
    boolean bounded(MethodRef m) {
        return !unbounded.contains(m);
    }

    /** Whether the method has a backward jump: javac lays every loop out with one. */
    private static boolean loops(MethodRef m) {
        InsnList insns = m.node().instructions;
        for (int i = 0; i < insns.size(); i++) {
            AbstractInsnNode insn = insns.get(i);
            if (insn instanceof JumpInsnNode j && insns.indexOf(j.label) <= i) {
                return true;
            }
            if ((insn instanceof TableSwitchInsnNode || insn instanceof LookupSwitchInsnNode)
                    && switchJumpsBack(insns, insn, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean switchJumpsBack(InsnList insns, AbstractInsnNode insn, int at) {
        List<LabelNode> labels = new ArrayList<>();
        if (insn instanceof TableSwitchInsnNode t) {
            labels.add(t.dflt);
            labels.addAll(t.labels);
        } else if (insn instanceof LookupSwitchInsnNode l) {
            labels.add(l.dflt);
            labels.addAll(l.labels);
        }
        return labels.stream().anyMatch(l -> insns.indexOf(l) <= at);
    }

    /**
     * Whether an instruction of {@code m} can throw by itself; collects the targets of every call
     * site (null for an unknown one), since the recursive methods are found on the whole graph.
     */
    private static boolean scan(Program program, MethodRef m, List<Set<MethodRef>> callees)
            throws TranslationException {
        Frame<Nullness.Ref>[] frames = program.nullness(m);
        InsnList insns = m.node().instructions;
        boolean throwsItself = false;
        for (int index = 0; index < insns.size(); index++) {
            AbstractInsnNode i = insns.get(index);
            Frame<Nullness.Ref> frame = frames[index];
            if (frame == null) {
                continue; // unreachable: not translated
            }
            switch (i.getOpcode()) {
                case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKEINTERFACE, Opcodes.INVOKESPECIAL, Opcodes.INVOKESTATIC -> {
                    MethodInsnNode call = (MethodInsnNode) i;
                    Set<MethodRef> targets = program.layout.callTargets(call, m.owner().name);
                    if (targets.isEmpty()) {
                        Set<MethodRef> unknown = new HashSet<>();
                        unknown.add(null);
                        callees.add(unknown);
                    } else {
                        callees.add(targets);
                    }
                    if (targets.isEmpty() || targets.stream().anyMatch(MethodRef::isAbstract)) {
                        throwsItself = true; // an abstract target is ukl_abstract_called, which throws
                    } else if (i.getOpcode() == Opcodes.INVOKESTATIC) {
                        MethodRef r = program.world.resolveMethod(call.owner, call.name, call.desc);
                        if (program.needsInit(r.owner().name) && !program.initializedWithin(m, r.owner().name)) {
                            throwsItself = true;
                        }
                    } else if (!call.name.equals("<init>")
                            && !Nullness.nonNull(frame, Type.getArgumentTypes(call.desc).length)) {
                        throwsItself = true;
                    }
                }
                case Opcodes.GETSTATIC, Opcodes.PUTSTATIC -> {
                    FieldInsnNode f = (FieldInsnNode) i;
                    String owner =
                            program.world.resolveField(f.owner, f.name, f.desc).owner().name;
                    if (program.needsInit(owner) && !program.initializedWithin(m, owner)) {
                        throwsItself = true;
                    }
                }
                case Opcodes.GETFIELD, Opcodes.ARRAYLENGTH -> {
                    if (!Nullness.nonNull(frame, 0)) {
                        throwsItself = true;
                    }
                }
                case Opcodes.PUTFIELD -> {
                    if (!Nullness.nonNull(frame, 1)) {
                        throwsItself = true;
                    }
                }
                case Opcodes.NEW -> throwsItself = true; // OutOfMemoryError, and perhaps a static initialiser
                case Opcodes.IDIV, Opcodes.LDIV, Opcodes.IREM, Opcodes.LREM -> {
                    if (!nonZeroConstant(i.getPrevious())) {
                        throwsItself = true;
                    }
                }
                case Opcodes.IALOAD,
                        Opcodes.LALOAD,
                        Opcodes.FALOAD,
                        Opcodes.DALOAD,
                        Opcodes.AALOAD,
                        Opcodes.BALOAD,
                        Opcodes.CALOAD,
                        Opcodes.SALOAD,
                        Opcodes.IASTORE,
                        Opcodes.LASTORE,
                        Opcodes.FASTORE,
                        Opcodes.DASTORE,
                        Opcodes.AASTORE,
                        Opcodes.BASTORE,
                        Opcodes.CASTORE,
                        Opcodes.SASTORE,
                        Opcodes.NEWARRAY,
                        Opcodes.ANEWARRAY,
                        Opcodes.MULTIANEWARRAY,
                        Opcodes.ATHROW,
                        Opcodes.CHECKCAST,
                        Opcodes.MONITORENTER,
                        Opcodes.MONITOREXIT -> throwsItself = true;
                default -> {}
            }
        }
        return throwsItself;
    }

    /**
     * Whether {@code i} pushes a constant other than zero: a division by it cannot throw (JVMS §6.5
     * idiv: only a zero divisor throws ArithmeticException), as in {@code (i + j) / 2}.
     */
    static boolean nonZeroConstant(AbstractInsnNode i) {
        if (i == null) {
            return false;
        }
        int op = i.getOpcode();
        if (op == Opcodes.LDC) {
            Object c = ((LdcInsnNode) i).cst;
            return (c instanceof Integer n && n != 0) || (c instanceof Long l && l != 0);
        }
        if (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH) {
            return ((IntInsnNode) i).operand != 0;
        }
        return op == Opcodes.ICONST_M1 || (op >= Opcodes.ICONST_1 && op <= Opcodes.ICONST_5) || op == Opcodes.LCONST_1;
    }
}
