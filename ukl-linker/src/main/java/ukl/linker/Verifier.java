package ukl.linker;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.SimpleVerifier;
import ukl.classmodel.ClassWorld;

/**
 * Pass 8: type-checks every method of the linked world with ASM's {@link SimpleVerifier}, whose
 * class hierarchy comes from the world (never from a ClassLoader, which would see the JDK). The
 * inputs were verified bytecode, so a failure here means a linker pass broke it.
 */
final class Verifier {
    private final World world;

    Verifier(World world) {
        this.world = world;
    }

    /** Returns the number of methods verified. */
    int verify(Problems problems) {
        int methods = 0;
        for (ClassNode c : world.classes()) {
            Analyzer<BasicValue> analyzer = new Analyzer<>(new WorldVerifier(c));
            for (MethodNode m : c.methods) {
                methods++;
                checkLowered(c, m, problems);
                try {
                    analyzer.analyze(c.name, m);
                } catch (AnalyzerException e) {
                    problems.add(
                            c,
                            m,
                            e.node,
                            LinkProblem.Kind.LINKER_BUG,
                            "the linked bytecode does not verify: " + e.getMessage()
                                    + " (this is a bug in ukl's linker, not in your program)",
                            "report it with this message and the input jars");
                }
            }
        }
        return methods;
    }

    /** ProGuard keeps at least what is reachable; anything it kept must have been lowered and rewritten. */
    private static void checkLowered(ClassNode c, MethodNode m, Problems problems) {
        for (AbstractInsnNode insn : m.instructions) {
            boolean libc = insn instanceof MethodInsnNode call && call.owner.startsWith("ukl/libc/")
                    || insn instanceof FieldInsnNode field && field.owner.startsWith("ukl/libc/");
            if (libc || insn instanceof InvokeDynamicInsnNode) {
                problems.add(
                        c,
                        m,
                        insn,
                        LinkProblem.Kind.LINKER_BUG,
                        "ProGuard kept code the reachability analysis "
                                + "missed (an invokedynamic or ukl.libc use)"
                                + " (this is a bug in ukl's linker, not in your program)",
                        "report it with this message and the input jars");
            }
        }
    }

    /** {@link SimpleVerifier} asking the world, not a ClassLoader, about classes. */
    private final class WorldVerifier extends SimpleVerifier {
        WorldVerifier(ClassNode current) {
            super(
                    ASM9,
                    Type.getObjectType(current.name),
                    current.superName == null ? null : Type.getObjectType(current.superName),
                    current.interfaces.stream().map(Type::getObjectType).toList(),
                    ClassWorld.isInterface(current));
        }

        @Override
        protected boolean isInterface(Type type) {
            ClassNode c = world.get(type.getInternalName());
            return c != null && ClassWorld.isInterface(c);
        }

        @Override
        protected Type getSuperClass(Type type) {
            ClassNode c = world.get(type.getInternalName());
            return c == null || c.superName == null ? null : Type.getObjectType(c.superName);
        }

        /** JVMS §4.10.1.2 assignability, over the world's hierarchy. */
        @Override
        protected boolean isAssignableFrom(Type type, Type other) {
            if (type.equals(other)) {
                return true;
            }
            if (type.getSort() == Type.OBJECT) {
                ClassNode target = world.get(type.getInternalName());
                // every reference is assignable to an interface type; arrays only to Object and interfaces
                boolean objectOrInterface = type.getInternalName().equals("java/lang/Object")
                        || target == null
                        || ClassWorld.isInterface(target);
                return objectOrInterface
                        || other.getSort() == Type.OBJECT
                                && world.model().isSubtype(other.getInternalName(), type.getInternalName());
            }
            if (type.getSort() == Type.ARRAY && other.getSort() == Type.ARRAY) {
                Type element = Type.getType(type.getDescriptor().substring(1));
                Type otherElement = Type.getType(other.getDescriptor().substring(1));
                boolean references = element.getSort() >= Type.ARRAY && otherElement.getSort() >= Type.ARRAY;
                return references ? isAssignableFrom(element, otherElement) : element.equals(otherElement);
            }
            return false;
        }

        @Override
        protected Class<?> getClass(Type type) {
            throw new IllegalStateException(
                    "the verifier must not load " + type.getClassName() + " from a ClassLoader");
        }
    }
}
