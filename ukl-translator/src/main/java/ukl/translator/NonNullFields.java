package ukl.translator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.analysis.Frame;
import ukl.classmodel.ClassWorld;
import ukl.classmodel.FieldRef;

/**
 * The final instance fields of reference type that no code can read as null: a socket's buffers,
 * a table's arrays, whatever a constructor makes and keeps. Once a constructor has stored a final
 * field, nothing stores it again (JVMS §6.5 putfield: only the declaring class's {@code <init>}
 * may), so the field can be seen null only before that store, and only through {@code this}: by
 * the constructor itself, or by code that {@code this} escaped to. So a field qualifies when every
 * constructor of its class stores a value that cannot be null ({@link Nullness}: a new object or
 * array, a literal) into it on every path before {@code this} can escape and before it returns,
 * and stores nothing else there, and the superclass constructors it runs let {@code this} escape
 * nowhere (a superclass constructor calling a method that a subclass overrides would run that
 * method before the subclass's stores). {@code this} escapes wherever a constructor uses it other
 * than to read or write its fields, compare it, or call a superclass or sibling constructor.
 *
 * <p>The few objects made without a constructor are made whole: the translator's static data
 * (string literals with their arrays, classes folded by {@link Preinitialized}, whose constructors
 * store only their arguments, so no field of theirs qualifies) and clones of objects that were
 * constructed. {@code java.lang.Class} objects are the translator's descriptors; none of its
 * fields qualify.
 */
final class NonNullFields {
    /** No field: for the constructors' own analysis, which these facts must not feed. */
    static final NonNullFields NONE = new NonNullFields();

    private final World world;
    /** The qualifying fields, as {@code owner.name}. */
    private final Set<String> fields = new HashSet<>();
    /** Per instruction's owner, name and descriptor: whether the field it resolves to qualifies. */
    private final Map<String, Boolean> byReference = new HashMap<>();
    /** Constructors known to let {@code this} escape nowhere, or known not to. */
    private final Map<String, Boolean> contained = new HashMap<>();

    private NonNullFields() {
        this.world = null;
    }

    NonNullFields(World world) throws TranslationException {
        this.world = world;
        for (ClassNode c : world.classes()) {
            if (!ClassWorld.isInterface(c) && !c.name.equals("java/lang/Class")) {
                qualify(c);
            }
        }
    }

    /** Whether the field that {@code f} (a getfield) reads qualifies. */
    boolean contains(FieldInsnNode f) {
        if (world == null) {
            return false;
        }
        return byReference.computeIfAbsent(f.owner + "." + f.name + ":" + f.desc, k -> {
            try {
                FieldRef r = world.resolveField(f.owner, f.name, f.desc);
                return fields.contains(r.owner().name + "." + r.node().name);
            } catch (TranslationException e) {
                return false;
            }
        });
    }

    private void qualify(ClassNode c) throws TranslationException {
        List<FieldNode> candidates = new ArrayList<>();
        for (FieldNode f : c.fields) {
            int sort = Type.getType(f.desc).getSort();
            if ((f.access & (Opcodes.ACC_FINAL | Opcodes.ACC_STATIC)) == Opcodes.ACC_FINAL
                    && (sort == Type.OBJECT || sort == Type.ARRAY)) {
                candidates.add(f);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        BitSet kept = new BitSet();
        kept.set(0, candidates.size());
        boolean constructed = false;
        for (MethodNode m : c.methods) {
            boolean constructor = m.name.equals("<init>");
            if (!constructor) {
                for (AbstractInsnNode i : m.instructions) { // bytecode that breaks the rule breaks ours
                    if (i.getOpcode() == Opcodes.PUTFIELD) {
                        int k = candidate(candidates, c, (FieldInsnNode) i);
                        if (k >= 0) {
                            kept.clear(k);
                        }
                    }
                }
                continue;
            }
            if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                return;
            }
            constructed = true;
            kept.and(storedBeforeEscape(c, m, candidates));
        }
        if (!constructed) {
            return;
        }
        for (int k = kept.nextSetBit(0); k >= 0; k = kept.nextSetBit(k + 1)) {
            fields.add(c.name + "." + candidates.get(k).name);
        }
    }

    /**
     * The candidates that constructor {@code m} of {@code c} stores, not null, on every path before
     * {@code this} escapes and before it returns (a call of a sibling constructor stores them all),
     * and never stores otherwise. Empty if a superclass constructor it calls lets {@code this} escape.
     */
    private BitSet storedBeforeEscape(ClassNode c, MethodNode m, List<FieldNode> candidates)
            throws TranslationException {
        Frame<Nullness.Ref>[] frames = Nullness.analyze(c.name, m, NONE);
        InsnList insns = m.instructions;
        int n = insns.size();
        BitSet all = new BitSet();
        all.set(0, candidates.size());
        BitSet kept = (BitSet) all.clone();
        BitSet[] gen = new BitSet[n];
        for (int i = 0; i < n; i++) {
            gen[i] = new BitSet();
            AbstractInsnNode insn = insns.get(i);
            Frame<Nullness.Ref> f = frames[i];
            if (f == null) {
                continue;
            }
            if (insn.getOpcode() == Opcodes.PUTFIELD) {
                int k = candidate(candidates, c, (FieldInsnNode) insn);
                if (k >= 0 && Nullness.isThis(f, 1) && Nullness.nonNull(f, 0)) {
                    gen[i].set(k);
                } else if (k >= 0) {
                    kept.clear(k); // null, or perhaps null, or into another object of the class
                }
            } else if (insn instanceof MethodInsnNode call && call.name.equals("<init>") && receiverIsThis(f, call)) {
                if (call.owner.equals(c.name)) {
                    gen[i] = all; // a sibling constructor stored them
                } else if (!contained(call.owner, call.desc)) {
                    return new BitSet();
                }
            }
        }
        BitSet[] in = assignedBefore(m, gen, all);
        for (int i = 0; i < n; i++) {
            AbstractInsnNode insn = insns.get(i);
            Frame<Nullness.Ref> f = frames[i];
            if (f == null) {
                continue;
            }
            if (escapes(insn, f) || isReturn(insn.getOpcode())) {
                kept.and(in[i]);
            } else if (insn.getOpcode() == Opcodes.GETFIELD && Nullness.isThis(f, 0)) {
                int k = candidate(candidates, c, (FieldInsnNode) insn); // read before it is stored?
                if (k >= 0 && !in[i].get(k)) {
                    kept.clear(k);
                }
            }
        }
        return kept;
    }

    /** The index in {@code candidates} of the field of {@code c} that {@code f} names, or -1. */
    private static int candidate(List<FieldNode> candidates, ClassNode c, FieldInsnNode f) {
        if (!f.owner.equals(c.name)) {
            return -1;
        }
        for (int k = 0; k < candidates.size(); k++) {
            if (candidates.get(k).name.equals(f.name) && candidates.get(k).desc.equals(f.desc)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the constructor {@code owner.<init>desc} lets {@code this} escape nowhere, nor do the
     * superclass constructors it calls. {@code java.lang.Object}'s does nothing.
     */
    private boolean contained(String owner, String desc) throws TranslationException {
        String key = owner + "." + desc;
        Boolean known = contained.get(key);
        if (known != null) {
            return known;
        }
        contained.put(key, false); // a cycle of constructors is not a class hierarchy: no
        MethodNode m = ClassWorld.declaredMethod(world.get(owner), "<init>", desc);
        boolean result = m != null && (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
        if (result) {
            Frame<Nullness.Ref>[] frames = Nullness.analyze(owner, m, NONE);
            for (int i = 0; i < m.instructions.size() && result; i++) {
                AbstractInsnNode insn = m.instructions.get(i);
                Frame<Nullness.Ref> f = frames[i];
                if (f == null) {
                    continue;
                }
                if (insn instanceof MethodInsnNode call && call.name.equals("<init>") && receiverIsThis(f, call)) {
                    result = contained(call.owner, call.desc);
                } else if (escapes(insn, f)) {
                    result = false;
                }
            }
        }
        contained.put(key, result);
        return result;
    }

    private static boolean receiverIsThis(Frame<Nullness.Ref> f, MethodInsnNode call) {
        return Nullness.isThis(f, Type.getArgumentTypes(call.desc).length);
    }

    /**
     * Whether {@code insn} lets {@code this} escape: it consumes {@code this} other than as the
     * object whose field it reads or writes, in a comparison, or as the receiver of a constructor
     * call ({@link #storedBeforeEscape} and {@link #contained} look at those themselves).
     */
    private static boolean escapes(AbstractInsnNode insn, Frame<Nullness.Ref> f) {
        int op = insn.getOpcode();
        switch (op) {
            case Opcodes.GETFIELD,
                    Opcodes.IFNULL,
                    Opcodes.IFNONNULL,
                    Opcodes.IF_ACMPEQ,
                    Opcodes.IF_ACMPNE,
                    Opcodes.POP,
                    Opcodes.POP2 -> {
                return false;
            }
            case Opcodes.PUTFIELD -> {
                return Nullness.isThis(f, 0);
            }
            default -> {}
        }
        if (insn instanceof MethodInsnNode call) {
            int args = Type.getArgumentTypes(call.desc).length;
            for (int d = 0; d < args; d++) {
                if (Nullness.isThis(f, d)) {
                    return true;
                }
            }
            return op != Opcodes.INVOKESTATIC && !call.name.equals("<init>") && Nullness.isThis(f, args);
        }
        int consumed = consumed(insn, f);
        for (int d = 0; d < consumed; d++) {
            if (Nullness.isThis(f, d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many entries from the top of the stack {@code insn} reads other than by moving them
     * (stores to locals, dups, swaps and casts move {@code this} without letting it out, and the
     * analysis follows it; a pop drops it): what it pops ({@link ArrayLengths#pops}), or the whole
     * stack for an instruction not listed there, which only makes {@code this} escape more often.
     * Not for calls, which {@link #escapes} reads itself.
     */
    private static int consumed(AbstractInsnNode insn, Frame<Nullness.Ref> f) {
        int op = insn.getOpcode();
        if (op < 0
                || op >= Opcodes.ISTORE && op <= Opcodes.ASTORE
                || op >= Opcodes.POP && op <= Opcodes.SWAP
                || op == Opcodes.CHECKCAST
                || op == Opcodes.NEW
                || op == Opcodes.GOTO
                || op == Opcodes.RETURN) {
            return 0;
        }
        int pops = ArrayLengths.pops(insn);
        return pops >= 0 ? pops : f.getStackSize();
    }

    private static boolean isReturn(int op) {
        return op >= Opcodes.IRETURN && op <= Opcodes.RETURN;
    }

    /**
     * For each instruction, the candidates stored on every path from the entry to it (a must
     * analysis over the control flow: jumps, switches, falling through, and into handlers from
     * every instruction their range covers, with what was stored before that instruction).
     */
    private static BitSet[] assignedBefore(MethodNode m, BitSet[] gen, BitSet all) {
        InsnList insns = m.instructions;
        int n = insns.size();
        List<List<Integer>> handlers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            handlers.add(new ArrayList<>());
        }
        for (TryCatchBlockNode t : m.tryCatchBlocks) {
            int handler = insns.indexOf(t.handler);
            for (int i = insns.indexOf(t.start); i < insns.indexOf(t.end); i++) {
                handlers.get(i).add(handler);
            }
        }
        BitSet[] in = new BitSet[n];
        for (int i = 0; i < n; i++) {
            in[i] = (BitSet) all.clone();
        }
        if (n == 0) {
            return in;
        }
        in[0] = new BitSet();
        Deque<Integer> work = new ArrayDeque<>(List.of(0));
        Set<Integer> queued = new HashSet<>(List.of(0));
        while (!work.isEmpty()) {
            int i = work.poll();
            queued.remove(i);
            BitSet out = (BitSet) in[i].clone();
            out.or(gen[i]);
            for (int s : successors(insns, i)) {
                if (narrow(in, s, out) && queued.add(s)) {
                    work.add(s);
                }
            }
            for (int h : handlers.get(i)) {
                if (narrow(in, h, in[i]) && queued.add(h)) {
                    work.add(h);
                }
            }
        }
        return in;
    }

    private static boolean narrow(BitSet[] in, int target, BitSet incoming) {
        BitSet next = (BitSet) in[target].clone();
        next.and(incoming);
        if (next.equals(in[target])) {
            return false;
        }
        in[target] = next;
        return true;
    }

    private static List<Integer> successors(InsnList insns, int i) {
        AbstractInsnNode insn = insns.get(i);
        int op = insn.getOpcode();
        List<Integer> out = new ArrayList<>();
        if (insn instanceof JumpInsnNode j) {
            out.add(insns.indexOf(j.label));
            if (op == Opcodes.GOTO || op == Opcodes.JSR) {
                return out;
            }
        } else if (insn instanceof TableSwitchInsnNode t) {
            out.add(insns.indexOf(t.dflt));
            for (LabelNode l : t.labels) {
                out.add(insns.indexOf(l));
            }
            return out;
        } else if (insn instanceof LookupSwitchInsnNode l) {
            out.add(insns.indexOf(l.dflt));
            for (LabelNode label : l.labels) {
                out.add(insns.indexOf(label));
            }
            return out;
        } else if (op == Opcodes.ATHROW || isReturn(op) || op == Opcodes.RET) {
            return out;
        }
        if (i + 1 < insns.size()) {
            out.add(i + 1);
        }
        return out;
    }
}
