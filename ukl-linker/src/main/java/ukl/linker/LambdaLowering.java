package ukl.linker;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import ukl.classmodel.ClassWorld;

/**
 * {@code LambdaMetafactory.metafactory} and {@code altMetafactory} → one generated class per site,
 * as the JDK's {@code InnerClassLambdaMetafactory} spins: captured arguments in final fields, a
 * static factory {@code get$Lambda} taking them (one shared instance when nothing is captured), and the interface method, which casts its
 * arguments to the instantiated method type, adapts them to the implementation's parameters
 * (widening, boxing, unboxing), calls the implementation and adapts its result back. Bridges
 * (FLAG_BRIDGES) get the same body; marker interfaces (FLAG_MARKERS) are implemented. A serializable
 * lambda (FLAG_SERIALIZABLE) implements {@code java.io.Serializable}, as javac's casts require, but
 * has no {@code writeReplace}: the closed world has no serialization.
 *
 * <p>The generated class lives in the caller's package. A private implementation method becomes
 * package-private (public in an interface), renamed when that would let a method of a related
 * class override it, so that the generated class may call it and ProGuard accepts the access.
 */
final class LambdaLowering {
    private static final int FLAG_SERIALIZABLE = 1;
    private static final int FLAG_MARKERS = 2;
    private static final int FLAG_BRIDGES = 4;
    static final String FACTORY = "get$Lambda";
    private static final String INSTANCE = "INSTANCE";

    private final World world;
    private final Map<String, Integer> sitesPerCaller = new HashMap<>();

    LambdaLowering(World world) {
        this.world = world;
    }

    /** {@code null} for a form not lowered (a non-private {@code REF_invokeSpecial}). */
    InsnList lower(ClassNode caller, InvokeDynamicInsnNode indy) {
        Object[] a = indy.bsmArgs;
        Type erased = (Type) a[0];
        Handle impl = (Handle) a[1];
        Type instantiated = (Type) a[2];
        Set<String> interfaces = new LinkedHashSet<>();
        Set<String> descriptors = new LinkedHashSet<>(List.of(erased.getDescriptor()));
        interfaces.add(Type.getReturnType(indy.desc).getInternalName());
        if (indy.bsm.getName().equals("altMetafactory")) {
            int flags = (Integer) a[3];
            int i = 4;
            if ((flags & FLAG_SERIALIZABLE) != 0) {
                interfaces.add("java/io/Serializable");
            }
            if ((flags & FLAG_MARKERS) != 0) {
                int n = (Integer) a[i++];
                for (int k = 0; k < n; k++) {
                    interfaces.add(((Type) a[i++]).getInternalName());
                }
            }
            if ((flags & FLAG_BRIDGES) != 0) {
                int n = (Integer) a[i++];
                for (int k = 0; k < n; k++) {
                    descriptors.add(((Type) a[i++]).getDescriptor());
                }
            }
        }
        Handle target = makeCallable(impl);
        if (target == null) {
            return null;
        }
        int site = sitesPerCaller.merge(caller.name, 1, Integer::sum);
        ClassNode lambda = new ClassNode();
        lambda.version = caller.version;
        lambda.access = ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC;
        lambda.name = caller.name + "$$Lambda$" + site;
        lambda.superName = Bytecode.OBJECT;
        lambda.interfaces = new ArrayList<>(interfaces);
        lambda.sourceFile = caller.sourceFile;
        Type[] captured = Type.getArgumentTypes(indy.desc);
        for (int i = 0; i < captured.length; i++) {
            lambda.fields.add(
                    new FieldNode(ACC_PRIVATE | ACC_FINAL, field(i), captured[i].getDescriptor(), null, null));
        }
        lambda.methods.add(constructor(lambda.name, captured));
        if (captured.length == 0) {
            addSingleton(lambda);
        }
        lambda.methods.add(factory(lambda.name, indy.desc, captured));
        boolean first = true;
        for (String desc : descriptors) {
            int access = first ? ACC_PUBLIC : ACC_PUBLIC | ACC_BRIDGE | ACC_SYNTHETIC;
            lambda.methods.add(interfaceMethod(
                    lambda.name, access, indy.name, Type.getMethodType(desc), instantiated, captured, target));
            first = false;
        }
        world.add(lambda, world.isApplication(caller.name));
        InsnList out = new InsnList();
        out.add(new MethodInsnNode(INVOKESTATIC, lambda.name, FACTORY, indy.desc, false));
        return out;
    }

    private static String field(int i) {
        return "arg$" + (i + 1);
    }

    private static MethodNode constructor(String owner, Type[] captured) {
        MethodNode m =
                new MethodNode(ACC_PRIVATE, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured), null, null);
        m.instructions.add(new VarInsnNode(ALOAD, 0));
        m.instructions.add(new MethodInsnNode(INVOKESPECIAL, Bytecode.OBJECT, "<init>", "()V", false));
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            m.instructions.add(new VarInsnNode(ALOAD, 0));
            m.instructions.add(Bytecode.load(captured[i], slot));
            m.instructions.add(new FieldInsnNode(PUTFIELD, owner, field(i), captured[i].getDescriptor()));
            slot += captured[i].getSize();
        }
        m.instructions.add(new InsnNode(RETURN));
        m.maxLocals = slot;
        return m;
    }

    /**
     * A non-capturing lambda evaluates to one shared instance, as the JDK's metafactory returns a
     * constant call site for it: kept in a static field that {@code <clinit>} sets.
     */
    private static void addSingleton(ClassNode lambda) {
        String desc = "L" + lambda.name + ";";
        lambda.fields.add(new FieldNode(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, INSTANCE, desc, null, null));
        MethodNode clinit = new MethodNode(ACC_STATIC, "<clinit>", "()V", null, null);
        clinit.instructions.add(new TypeInsnNode(NEW, lambda.name));
        clinit.instructions.add(new InsnNode(DUP));
        clinit.instructions.add(new MethodInsnNode(INVOKESPECIAL, lambda.name, "<init>", "()V", false));
        clinit.instructions.add(new FieldInsnNode(PUTSTATIC, lambda.name, INSTANCE, desc));
        clinit.instructions.add(new InsnNode(RETURN));
        lambda.methods.add(clinit);
    }

    private static MethodNode factory(String owner, String desc, Type[] captured) {
        MethodNode m = new MethodNode(ACC_STATIC, FACTORY, desc, null, null);
        if (captured.length == 0) {
            m.instructions.add(new FieldInsnNode(GETSTATIC, owner, INSTANCE, "L" + owner + ";"));
            m.instructions.add(new InsnNode(ARETURN));
            return m;
        }
        m.instructions.add(new TypeInsnNode(NEW, owner));
        m.instructions.add(new InsnNode(DUP));
        int slot = 0;
        for (Type t : captured) {
            m.instructions.add(Bytecode.load(t, slot));
            slot += t.getSize();
        }
        m.instructions.add(new MethodInsnNode(
                INVOKESPECIAL, owner, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured), false));
        m.instructions.add(new InsnNode(ARETURN));
        m.maxLocals = slot;
        return m;
    }

    /**
     * The interface method with descriptor {@code sam}: captured values first, then the method's
     * arguments, each cast to the instantiated type and adapted to the implementation's parameter
     * ({@code LambdaMetafactory}'s "linkage invariants"); a receiver comes first for instance handles.
     */
    private static MethodNode interfaceMethod(
            String owner, int access, String name, Type sam, Type instantiated, Type[] captured, Handle impl) {
        MethodNode m = new MethodNode(access, name, sam.getDescriptor(), null, null);
        InsnList code = m.instructions;
        List<Type> implParams = new ArrayList<>();
        int tag = impl.getTag();
        if (tag == H_NEWINVOKESPECIAL) {
            code.add(new TypeInsnNode(NEW, impl.getOwner()));
            code.add(new InsnNode(DUP));
        } else if (tag != H_INVOKESTATIC) {
            implParams.add(Type.getObjectType(impl.getOwner()));
        }
        implParams.addAll(List.of(Type.getArgumentTypes(impl.getDesc())));
        int next = 0;
        for (int i = 0; i < captured.length; i++) {
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new FieldInsnNode(GETFIELD, owner, field(i), captured[i].getDescriptor()));
            Bytecode.convert(captured[i], implParams.get(next++), code);
        }
        Type[] args = sam.getArgumentTypes();
        Type[] dynamic = instantiated.getArgumentTypes();
        int slot = 1;
        for (int i = 0; i < args.length; i++) {
            code.add(Bytecode.load(args[i], slot));
            slot += args[i].getSize();
            Bytecode.convert(args[i], dynamic[i], code);
            Bytecode.convert(dynamic[i], implParams.get(next++), code);
        }
        Type result =
                switch (tag) {
                    case H_NEWINVOKESPECIAL -> {
                        code.add(new MethodInsnNode(INVOKESPECIAL, impl.getOwner(), "<init>", impl.getDesc(), false));
                        yield Type.getObjectType(impl.getOwner());
                    }
                    case H_INVOKESTATIC -> {
                        code.add(new MethodInsnNode(
                                INVOKESTATIC, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface()));
                        yield Type.getReturnType(impl.getDesc());
                    }
                    default -> {
                        int opcode = impl.isInterface() ? INVOKEINTERFACE : INVOKEVIRTUAL;
                        code.add(new MethodInsnNode(
                                opcode, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface()));
                        yield Type.getReturnType(impl.getDesc());
                    }
                };
        Type returned = sam.getReturnType();
        if (returned.getSort() == Type.VOID) {
            if (result.getSort() != Type.VOID) {
                code.add(new InsnNode(result.getSize() == 2 ? POP2 : POP));
            }
        } else {
            Bytecode.convert(result, instantiated.getReturnType(), code);
            Bytecode.convert(instantiated.getReturnType(), returned, code);
        }
        code.add(new InsnNode(returned.getOpcode(IRETURN)));
        m.maxLocals = slot;
        return m;
    }

    /**
     * Makes the implementation callable from a class of the same package: a private method loses
     * {@code private} (and becomes public in an interface, JVMS §4.6). Returns the handle to call,
     * or {@code null} for a {@code REF_invokeSpecial} of a non-private method (a super call), which
     * another class cannot make.
     */
    private Handle makeCallable(Handle impl) {
        ClassNode owner = world.get(impl.getOwner());
        MethodNode m = owner == null ? null : ClassWorld.declaredMethod(owner, impl.getName(), impl.getDesc());
        if (m == null || (m.access & ACC_PRIVATE) == 0) {
            boolean superCall = impl.getTag() == H_INVOKESPECIAL;
            return superCall ? null : impl;
        }
        boolean instance = (m.access & ACC_STATIC) == 0 && !m.name.equals("<init>");
        if (instance && overridable(owner, m)) {
            rename(owner, m, m.name + "$" + owner.name.substring(owner.name.lastIndexOf('/') + 1));
        }
        m.access &= ~ACC_PRIVATE;
        if (ClassWorld.isInterface(owner)) {
            m.access |= ACC_PUBLIC;
        }
        int tag = impl.getTag() == H_INVOKESPECIAL
                ? (impl.isInterface() ? H_INVOKEINTERFACE : H_INVOKEVIRTUAL)
                : impl.getTag();
        return new Handle(tag, impl.getOwner(), m.name, impl.getDesc(), impl.isInterface());
    }

    /** Whether a sub- or superclass declares an instance method with the same name and descriptor. */
    private boolean overridable(ClassNode owner, MethodNode m) {
        for (ClassNode c : world.classes()) {
            if (c != owner
                    && (world.model().isSubtype(c.name, owner.name)
                            || world.model().isSubtype(owner.name, c.name))) {
                MethodNode same = ClassWorld.declaredMethod(c, m.name, m.desc);
                if (same != null && (same.access & ACC_STATIC) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Renames a formerly private method and every reference to it (calls and method handles). */
    private void rename(ClassNode owner, MethodNode m, String newName) {
        for (ClassNode c : world.classes()) {
            for (MethodNode method : c.methods) {
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof MethodInsnNode call
                            && call.owner.equals(owner.name)
                            && call.name.equals(m.name)
                            && call.desc.equals(m.desc)) {
                        call.name = newName;
                    } else if (insn instanceof InvokeDynamicInsnNode indy) {
                        for (int i = 0; i < indy.bsmArgs.length; i++) {
                            if (indy.bsmArgs[i] instanceof Handle h
                                    && h.getOwner().equals(owner.name)
                                    && h.getName().equals(m.name)
                                    && h.getDesc().equals(m.desc)) {
                                indy.bsmArgs[i] =
                                        new Handle(h.getTag(), h.getOwner(), newName, h.getDesc(), h.isInterface());
                            }
                        }
                    }
                }
            }
        }
        m.name = newName;
    }
}
