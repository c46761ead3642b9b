package ukl.linker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/** Collects link problems, once each, so that a link reports all of them together. */
final class Problems {
    private final Set<LinkProblem> problems = new LinkedHashSet<>();

    void add(LinkProblem problem) {
        problems.add(problem);
    }

    /** A problem at instruction {@code at} (may be {@code null}) of {@code method} in {@code owner}. */
    void add(ClassNode owner, MethodNode method, AbstractInsnNode at, String what, String fix) {
        String label = method == null ? null : LinkProblem.methodLabel(method.name, method.desc);
        problems.add(new LinkProblem(owner.name.replace('/', '.'), label, lineOf(at), what, fix));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() throws LinkException {
        if (!problems.isEmpty()) {
            throw new LinkException(new ArrayList<>(problems));
        }
    }

    /** The source line of an instruction: the nearest LineNumberNode before it (JVMS §4.7.12). */
    static int lineOf(AbstractInsnNode at) {
        for (AbstractInsnNode n = at; n != null; n = n.getPrevious()) {
            if (n instanceof LineNumberNode line) {
                return line.line;
            }
        }
        return -1;
    }
}
