package ukl.linker;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import ukl.classmodel.ClassWorld;

/**
 * Pass 4: turns each {@code invokestatic ukl/libc/Libc.NAME DESC} into
 * {@code invokestatic ukl/kernel/sys/Sys.NAME DESC} when the kernel has that twin (contracts §1).
 * Sites without a twin, and every other use of {@code ukl.libc}, stay as they are: the reference
 * check reports them if they are reachable.
 */
final class SyscallRewriter {
    static final String LIBC = "ukl/libc/Libc";
    static final String SYS = "ukl/kernel/sys/Sys";

    private final World world;

    SyscallRewriter(World world) {
        this.world = world;
    }

    List<LinkReport.SyscallSite> rewrite() {
        List<LinkReport.SyscallSite> sites = new ArrayList<>();
        ClassNode sys = world.get(SYS);
        if (sys == null) {
            return sites;
        }
        for (ClassNode c : world.classes()) {
            for (MethodNode m : c.methods) {
                for (AbstractInsnNode insn : m.instructions) {
                    if (insn instanceof MethodInsnNode call
                            && call.getOpcode() == Opcodes.INVOKESTATIC
                            && call.owner.equals(LIBC)
                            && hasTwin(sys, call.name, call.desc)) {
                        call.owner = SYS;
                        call.itf = false;
                        sites.add(new LinkReport.SyscallSite(
                                c.name.replace('/', '.'),
                                LinkProblem.methodLabel(m.name, m.desc),
                                Problems.lineOf(insn),
                                "ukl.kernel.sys.Sys." + call.name + call.desc,
                                c.name + "." + m.name + m.desc));
                    }
                }
            }
        }
        return sites;
    }

    static boolean hasTwin(ClassNode sys, String name, String desc) {
        MethodNode twin = ClassWorld.declaredMethod(sys, name, desc);
        int required = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC;
        return twin != null && (twin.access & required) == required;
    }
}
