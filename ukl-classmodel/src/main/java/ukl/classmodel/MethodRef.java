package ukl.classmodel;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A method as declared: the class or interface that declares it and its node. Two refs are equal
 * when they name the same nodes.
 */
public record MethodRef(ClassNode owner, MethodNode node) {
    public boolean isStatic() {
        return (node.access & Opcodes.ACC_STATIC) != 0;
    }

    public boolean isAbstract() {
        return (node.access & Opcodes.ACC_ABSTRACT) != 0;
    }

    public boolean isPrivate() {
        return (node.access & Opcodes.ACC_PRIVATE) != 0;
    }

    /** {@code a.b.Owner.name(desc)}, as stack traces and messages name a method. */
    @Override
    public String toString() {
        return owner.name.replace('/', '.') + "." + node.name + node.desc;
    }
}
