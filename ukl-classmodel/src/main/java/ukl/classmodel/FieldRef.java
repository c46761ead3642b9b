package ukl.classmodel;

import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/** A field as declared: the class or interface that declares it and its node. */
public record FieldRef(ClassNode owner, FieldNode node) {}
