package ukl.translator;

import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;
import ukl.classmodel.ClassWorld;
import ukl.classmodel.MethodRef;

/**
 * invokestatic, invokespecial, invokevirtual and invokeinterface (JVMS §6.5, selection §5.4.6).
 * A call is direct when the closed world shows only one possible target (static, private,
 * constructors, super calls, final methods, and virtual calls no loaded subclass overrides);
 * otherwise it loads the vtable slot or the itable selector from the receiver's class.
 */
final class CallEmitter {
    private final Program program;
    private final MethodEmitter out;
    private final Layout layout;

    CallEmitter(Program program, MethodEmitter out) {
        this.program = program;
        this.out = out;
        this.layout = program.layout;
    }

    void emit(MethodInsnNode insn) throws TranslationException {
        int op = insn.getOpcode();
        MethodRef resolved = layout.world.resolveMethod(insn.owner, insn.name, insn.desc);
        Type[] args = Type.getArgumentTypes(insn.desc);
        boolean hasReceiver = op != Opcodes.INVOKESTATIC;
        int count = args.length + (hasReceiver ? 1 : 0);
        StringBuilder argList = new StringBuilder();
        for (int d = count - 1; d >= 0; d--) {
            argList.append(out.top(d)).append(d > 0 ? ", " : "");
        }
        String receiver = hasReceiver ? out.top(count - 1) : null;
        char ret = Names.kind(Type.getReturnType(insn.desc));
        String assign = ret == 'v' ? "" : out.push(count, ret) + " = ";

        String target;
        MethodRef callee;
        if (op == Opcodes.INVOKESTATIC) {
            out.initCheck(resolved.owner().name);
            callee = resolved;
            target = layout.methodSymbol(resolved);
            String from = out.fastPathFrom(insn);
            String callerAndLine = out.callerAndLine();
            if (from != null && callerAndLine != null) {
                out.emit(assign + from + "(" + callerAndLine + (count > 0 ? ", " : "") + argList + ");");
                out.checkPending();
                return;
            }
        } else {
            if (!insn.name.equals("<init>")) {
                out.nullCheck(count - 1);
            }
            Set<MethodRef> possible = layout.callTargets(insn, out.method.owner().name);
            if (possible.size() <= 1) {
                callee = possible.isEmpty() ? null : possible.iterator().next();
                target = callee == null || callee.isAbstract() ? null : layout.methodSymbol(callee);
                if (target == null) {
                    out.emit("ukl_abstract_called();");
                    out.emit("goto " + out.onThrow() + ";");
                    return;
                }
            } else {
                callee = null;
                target = "((" + program.functionType(insn.desc, true) + ") " + dispatch(insn, resolved, receiver) + ")";
            }
        }
        out.emit(assign + target + "(" + argList + ");");
        if (callee == null ? mayThrow(layout.callTargets(insn, out.method.owner().name)) : program.mayThrow(callee)) {
            out.checkPending();
        }
    }

    /** Whether a dispatched call can throw: an implementation can ({@link Effects}) or is abstract (ukl_abstract_called). */
    private boolean mayThrow(Set<MethodRef> targets) {
        return targets.stream().anyMatch(t -> t.isAbstract() || program.mayThrow(t));
    }

    private String dispatch(MethodInsnNode insn, MethodRef resolved, String receiver) throws TranslationException {
        if (ClassWorld.isInterface(resolved.owner())) {
            int colour = layout.selectors.get(Layout.selectorKey(resolved));
            return receiver + "->cls->itable[" + colour + "]";
        }
        int slot = layout.slot(
                insn.owner.startsWith("[") || ClassWorld.isInterface(layout.world.get(insn.owner))
                        ? ClassWorld.OBJECT
                        : insn.owner,
                resolved);
        if (slot < 0) {
            throw out.error("no vtable slot for " + resolved + " in " + insn.owner + " (internal error)");
        }
        return receiver + "->cls->vtable[" + slot + "]";
    }
}
