package ukl.translator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import ukl.classmodel.MethodRef;

/**
 * Which methods can return with an exception pending, so that calls of the others skip the
 * pending check (DESIGN.md: "closed world tells which calls cannot throw"). A least fixpoint:
 * a method throws if one of its instructions can throw by itself (JVMS §6.5 lists each
 * instruction's run-time exceptions), if it is recursive (StackOverflowError), or if a method it
 * can call throws.
 */
final class Effects {
    private final Map<MethodRef, Boolean> throwing = new HashMap<>();

    Effects(Program program) throws TranslationException {
        Map<MethodRef, List<Set<MethodRef>>> calls = new HashMap<>();
        Set<MethodRef> throwsItself = new HashSet<>();
        for (MethodRef m : program.layout.methods) {
            if (m.isAbstract()) {
                continue;
            }
            if ((m.node().access & Opcodes.ACC_NATIVE) != 0) {
                if (Intrinsics.mayThrow(m)) {
                    throwsItself.add(m);
                }
                continue;
            }
            List<Set<MethodRef>> callees = new ArrayList<>();
            if (scan(program, m, callees)) {
                throwsItself.add(m);
            }
            calls.put(m, callees);
        }
        // JVMS §2.5.2: any call may throw StackOverflowError. Only recursion can exhaust the stack
        // (a non-recursive chain is bounded and fits the reserve below the limit), so methods on a
        // call-graph cycle throw; they get a frame and the stack check.
        throwsItself.addAll(new Cycles(calls).members());
        throwing.clear();
        for (MethodRef m : throwsItself) {
            throwing.put(m, true);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<MethodRef, List<Set<MethodRef>>> e : calls.entrySet()) {
                if (throwing.containsKey(e.getKey())) {
                    continue;
                }
                for (Set<MethodRef> site : e.getValue()) {
                    if (site.stream().anyMatch(c -> c == null || throwing.containsKey(c))) {
                        throwing.put(e.getKey(), true);
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    boolean mayThrow(MethodRef m) {
        return throwing.containsKey(m);
    }

    /** Whether an instruction of {@code m} can throw by itself; collects the call sites' targets. */
    private static boolean scan(Program program, MethodRef m, List<Set<MethodRef>> callees)
            throws TranslationException {
        boolean thisIsSafe = !m.isStatic() && !program.storesLocal0(m);
        for (AbstractInsnNode i : m.node().instructions) {
            switch (i.getOpcode()) {
                case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKEINTERFACE, Opcodes.INVOKESPECIAL, Opcodes.INVOKESTATIC -> {
                    MethodInsnNode call = (MethodInsnNode) i;
                    Set<MethodRef> targets = program.layout.callTargets(call, m.owner().name);
                    if (targets.size() > 1 || targets.isEmpty()) {
                        return true; // dispatched calls are always checked; keep this simple and sound
                    }
                    if (i.getOpcode() == Opcodes.INVOKESTATIC) {
                        MethodRef r = program.world.resolveMethod(call.owner, call.name, call.desc);
                        if (program.needsInit(r.owner().name) && !program.initializedWithin(m, r.owner().name)) {
                            return true;
                        }
                    } else if (!call.name.equals("<init>") && !(thisIsSafe && receiverIsThis(call))) {
                        return true;
                    }
                    callees.add(targets);
                }
                case Opcodes.GETSTATIC, Opcodes.PUTSTATIC -> {
                    FieldInsnNode f = (FieldInsnNode) i;
                    String owner =
                            program.world.resolveField(f.owner, f.name, f.desc).owner().name;
                    if (program.needsInit(owner) && !program.initializedWithin(m, owner)) {
                        return true;
                    }
                }
                case Opcodes.GETFIELD -> {
                    if (!(thisIsSafe && isLoadOfThis(i.getPrevious()))) {
                        return true;
                    }
                }
                case Opcodes.PUTFIELD -> {
                    AbstractInsnNode value = i.getPrevious();
                    if (!(thisIsSafe && isSimplePush(value) && isLoadOfThis(value.getPrevious()))) {
                        return true;
                    }
                }
                case Opcodes.NEW -> {
                    return true; // OutOfMemoryError, and perhaps a static initialiser
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
                        Opcodes.IDIV,
                        Opcodes.LDIV,
                        Opcodes.IREM,
                        Opcodes.LREM,
                        Opcodes.NEWARRAY,
                        Opcodes.ANEWARRAY,
                        Opcodes.MULTIANEWARRAY,
                        Opcodes.ARRAYLENGTH,
                        Opcodes.ATHROW,
                        Opcodes.CHECKCAST,
                        Opcodes.MONITORENTER,
                        Opcodes.MONITOREXIT -> {
                    return true;
                }
                default -> {}
            }
        }
        return false;
    }

    private static boolean receiverIsThis(MethodInsnNode call) {
        return org.objectweb.asm.Type.getArgumentTypes(call.desc).length == 0 && isLoadOfThis(call.getPrevious());
    }

    private static boolean isLoadOfThis(AbstractInsnNode i) {
        return i instanceof VarInsnNode v && v.getOpcode() == Opcodes.ALOAD && v.var == 0;
    }

    private static boolean isSimplePush(AbstractInsnNode i) {
        int op = i == null ? -1 : i.getOpcode();
        return (op >= Opcodes.ACONST_NULL && op <= Opcodes.SIPUSH) || (op >= Opcodes.ILOAD && op <= Opcodes.ALOAD);
    }
}
