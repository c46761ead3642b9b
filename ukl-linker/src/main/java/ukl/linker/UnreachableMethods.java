package ukl.linker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import ukl.classmodel.ClassWorld;
import ukl.classmodel.MethodRef;

/**
 * Pass 6: the body of every method that rapid type analysis ({@link Reachability}) found
 * unreachable becomes {@code throw RuntimeSupport.unreachable()}. The method itself stays, so
 * every resolution, override and vtable slot is as before; what goes is its code and, once
 * ProGuard shrinks, whatever only that code used.
 *
 * <p>ProGuard alone keeps too much here: it keeps a method whenever its class is kept and a method
 * it overrides is called, whether or not an instance of the class can exist. With a class library
 * that defines {@code Double.toString()}, a program that prints one string kept
 * {@code DoubleToDecimal} and all of {@code BigInteger} through {@code String.valueOf(Object)}.
 * Rapid type analysis knows no {@code Double} is ever made.
 *
 * <p>Should the analysis ever be wrong, the program does not run on: the stub throws an
 * {@code InternalError} whose stack trace names the method.
 */
final class UnreachableMethods {
    static final String SUPPORT = "java/lang/RuntimeSupport";
    static final String STUB = "unreachable";
    static final String STUB_DESC = "()Ljava/lang/InternalError;";

    private final World world;

    UnreachableMethods(World world) {
        this.world = world;
    }

    /** Replaces the unreachable bodies; returns how many. A world without the stub is left alone. */
    int stub(Collection<MethodRef> reachable) {
        ClassNode support = world.get(SUPPORT);
        if (support == null || ClassWorld.declaredMethod(support, STUB, STUB_DESC) == null) {
            return 0;
        }
        Set<MethodNode> live = new HashSet<>();
        for (MethodRef m : reachable) {
            live.add(m.node());
        }
        int stubbed = 0;
        for (ClassNode c : world.classes()) {
            for (MethodNode m : c.methods) {
                if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0 && !live.contains(m)) {
                    replaceBody(m);
                    stubbed++;
                }
            }
        }
        return stubbed;
    }

    private static void replaceBody(MethodNode m) {
        InsnList code = new InsnList();
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, SUPPORT, STUB, STUB_DESC, false));
        code.add(new InsnNode(Opcodes.ATHROW));
        m.instructions = code;
        m.tryCatchBlocks = new ArrayList<>();
        m.localVariables = null;
        m.visibleLocalVariableAnnotations = null;
        m.invisibleLocalVariableAnnotations = null;
        m.maxStack = 1;
    }
}
