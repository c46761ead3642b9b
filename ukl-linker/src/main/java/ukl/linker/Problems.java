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

    /** A problem with no place in the code (a missing main class, a failed ProGuard run). */
    void add(LinkProblem.Kind kind, String what, String fix) {
        problems.add(new LinkProblem(kind, null, null, null, -1, what, fix));
    }

    /**
     * A problem at instruction {@code at} of {@code method} in {@code owner}; {@code method} and
     * {@code at} may be {@code null} when the problem is the class's or the method's as a whole.
     */
    void add(ClassNode owner, MethodNode method, AbstractInsnNode at, LinkProblem.Kind kind, String what, String fix) {
        String label = method == null ? null : LinkProblem.methodLabel(method.name, method.desc);
        String className = owner.name.replace('/', '.');
        problems.add(new LinkProblem(kind, className, sourceFile(owner), label, lineOf(at), what, fix));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() throws LinkException {
        if (!problems.isEmpty()) {
            throw new LinkException(new ArrayList<>(problems));
        }
    }

    /**
     * The class's source file with its package path: the {@code SourceFile} attribute holds the file
     * name only (JVMS §4.7.10), and a second top-level class in {@code app/pidigits.java} names that
     * file, not one after itself. {@code null} when the class file has no such attribute.
     */
    static String sourceFile(ClassNode c) {
        if (c.sourceFile == null) {
            return null;
        }
        int slash = c.name.lastIndexOf('/');
        return slash < 0 ? c.sourceFile : c.name.substring(0, slash + 1) + c.sourceFile;
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
