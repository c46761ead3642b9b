package ukl.linker;

import static org.objectweb.asm.Opcodes.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import ukl.classmodel.ClassWorld;

/**
 * Generates, for each member the linker keeps for reflection, a class that uses it directly (as
 * GraalVM native-image does): it implements {@code java.lang.reflect.MemberAccessor} or
 * {@code FieldAccessor}, and its static {@code member()} makes the {@code Method},
 * {@code Constructor} or {@code Field} through {@code java.lang.reflect.Members}. The class lives in
 * the member's package, so package-private members are accessible; one class per member, shared by
 * all sites.
 */
final class ReflectionAccessors {
    static final String MEMBERS = "java/lang/reflect/Members";
    private static final String OBJECT = "java/lang/Object";
    private static final String CLASS_DESC = "Ljava/lang/Class;";
    private static final String CLASSES_DESC = "[Ljava/lang/Class;";
    /** HotSpot's recognised method and field modifiers (what Method/Field.getModifiers answer). */
    private static final int METHOD_MODIFIERS = 0x1DFF;

    private static final int FIELD_MODIFIERS = 0x50DF;

    private final World world;
    private final Map<String, String> generated = new HashMap<>();
    private int next;

    ReflectionAccessors(World world) {
        this.world = world;
    }

    /** The descriptor of {@code member()} for a method, constructor or field. */
    static String factoryDescriptor(String kind) {
        return "()Ljava/lang/reflect/" + kind + ";";
    }

    /** The accessor class of a method or constructor of {@code owner}; its member() answers Method or Constructor. */
    String executable(ClassNode owner, MethodNode m) {
        return generated.computeIfAbsent(owner.name + "." + m.name + m.desc, k -> {
            ClassNode c = newAccessor(owner, "java/lang/reflect/MemberAccessor");
            boolean constructor = m.name.equals("<init>");
            c.methods.add(invoke(owner, m, constructor));
            c.methods.add(executableFactory(c.name, owner, m, constructor));
            world.add(c, world.isApplication(owner.name));
            return c.name;
        });
    }

    /** The accessor class of a field of {@code owner}; its member() answers a Field. */
    String field(ClassNode owner, FieldNode f) {
        return generated.computeIfAbsent(owner.name + "." + f.name, k -> {
            ClassNode c = newAccessor(owner, "java/lang/reflect/FieldAccessor");
            c.methods.add(fieldGet(owner, f));
            c.methods.add(fieldSet(owner, f));
            MethodNode factory = factory(factoryDescriptor("Field"));
            InsnList i = factory.instructions;
            i.add(classConstant(Type.getObjectType(owner.name)));
            i.add(new LdcInsnNode(f.name));
            i.add(classConstant(Type.getType(f.desc)));
            i.add(new LdcInsnNode(f.access & FIELD_MODIFIERS));
            newInstance(i, c.name);
            i.add(new MethodInsnNode(
                    INVOKESTATIC,
                    MEMBERS,
                    "field",
                    "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;ILjava/lang/reflect/FieldAccessor;)Ljava/lang/reflect/Field;",
                    false));
            i.add(new InsnNode(ARETURN));
            c.methods.add(factory);
            world.add(c, world.isApplication(owner.name));
            return c.name;
        });
    }

    private ClassNode newAccessor(ClassNode owner, String accessorInterface) {
        int slash = owner.name.lastIndexOf('/');
        String name;
        do {
            name = owner.name.substring(0, slash + 1) + "ukl$Reflect" + next++;
        } while (world.contains(name));
        ClassNode c = new ClassNode();
        c.visit(V1_8, ACC_PUBLIC | ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, name, null, OBJECT, new String[] {
            accessorInterface
        });
        MethodNode init = new MethodNode(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, OBJECT, "<init>", "()V", false);
        init.visitInsn(RETURN);
        c.methods.add(init);
        return c;
    }

    /**
     * {@code invoke(target, args)}: the arguments arrive as the exact wrappers of the parameter types
     * (Executable.arguments converted them), so the casts cannot fail; whatever the member throws is
     * wrapped in an InvocationTargetException (JDK {@code Method.invoke}).
     */
    private static MethodNode invoke(ClassNode owner, MethodNode m, boolean constructor) {
        MethodNode mn = new MethodNode(
                ACC_PUBLIC, "invoke", "(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;", null, new String[] {
                    "java/lang/reflect/InvocationTargetException"
                });
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mn.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
        mn.visitLabel(start);
        boolean isStatic = (m.access & ACC_STATIC) != 0;
        if (constructor) {
            mn.visitTypeInsn(NEW, owner.name);
            mn.visitInsn(DUP);
        } else if (!isStatic) {
            mn.visitVarInsn(ALOAD, 1);
            mn.visitTypeInsn(CHECKCAST, owner.name);
        }
        Type[] params = Type.getArgumentTypes(m.desc);
        for (int p = 0; p < params.length; p++) {
            mn.visitVarInsn(ALOAD, 2);
            mn.visitLdcInsn(p);
            mn.visitInsn(AALOAD);
            unbox(mn, params[p]);
        }
        boolean itf = ClassWorld.isInterface(owner);
        int opcode = constructor ? INVOKESPECIAL : isStatic ? INVOKESTATIC : itf ? INVOKEINTERFACE : INVOKEVIRTUAL;
        mn.visitMethodInsn(opcode, owner.name, m.name, m.desc, itf);
        if (!constructor) {
            box(mn, Type.getReturnType(m.desc));
        }
        mn.visitLabel(end);
        mn.visitInsn(ARETURN);
        mn.visitLabel(handler);
        mn.visitMethodInsn(
                INVOKESTATIC,
                MEMBERS,
                "wrap",
                "(Ljava/lang/Throwable;)Ljava/lang/reflect/InvocationTargetException;",
                false);
        mn.visitInsn(ATHROW);
        return mn;
    }

    private MethodNode executableFactory(String accessor, ClassNode owner, MethodNode m, boolean constructor) {
        MethodNode factory = factory(factoryDescriptor(constructor ? "Constructor" : "Method"));
        InsnList i = factory.instructions;
        i.add(classConstant(Type.getObjectType(owner.name)));
        if (!constructor) {
            i.add(new LdcInsnNode(m.name));
        }
        i.add(classArray(List.of(Type.getArgumentTypes(m.desc))));
        if (!constructor) {
            i.add(classConstant(Type.getReturnType(m.desc)));
        }
        List<Type> exceptions = m.exceptions.stream()
                .filter(world::contains)
                .map(Type::getObjectType)
                .toList();
        i.add(classArray(exceptions));
        i.add(new LdcInsnNode(m.access & METHOD_MODIFIERS));
        newInstance(i, accessor);
        String tail = CLASSES_DESC + "ILjava/lang/reflect/MemberAccessor;)";
        String desc = constructor
                ? "(" + CLASS_DESC + CLASSES_DESC + tail + "Ljava/lang/reflect/Constructor;"
                : "(" + CLASS_DESC + "Ljava/lang/String;" + CLASSES_DESC + CLASS_DESC + tail
                        + "Ljava/lang/reflect/Method;";
        i.add(new MethodInsnNode(INVOKESTATIC, MEMBERS, constructor ? "constructor" : "method", desc, false));
        i.add(new InsnNode(ARETURN));
        return factory;
    }

    private static MethodNode fieldGet(ClassNode owner, FieldNode f) {
        MethodNode mn = new MethodNode(ACC_PUBLIC, "get", "(Ljava/lang/Object;)Ljava/lang/Object;", null, null);
        if ((f.access & ACC_STATIC) != 0) {
            mn.visitFieldInsn(GETSTATIC, owner.name, f.name, f.desc);
        } else {
            mn.visitVarInsn(ALOAD, 1);
            mn.visitTypeInsn(CHECKCAST, owner.name);
            mn.visitFieldInsn(GETFIELD, owner.name, f.name, f.desc);
        }
        box(mn, Type.getType(f.desc));
        mn.visitInsn(ARETURN);
        return mn;
    }

    /** {@code set(target, value)}; Field.set refuses final fields before it gets here. */
    private static MethodNode fieldSet(ClassNode owner, FieldNode f) {
        MethodNode mn = new MethodNode(ACC_PUBLIC, "set", "(Ljava/lang/Object;Ljava/lang/Object;)V", null, null);
        if ((f.access & ACC_FINAL) != 0) {
            mn.visitTypeInsn(NEW, "java/lang/InternalError");
            mn.visitInsn(DUP);
            mn.visitMethodInsn(INVOKESPECIAL, "java/lang/InternalError", "<init>", "()V", false);
            mn.visitInsn(ATHROW);
            return mn;
        }
        boolean isStatic = (f.access & ACC_STATIC) != 0;
        if (!isStatic) {
            mn.visitVarInsn(ALOAD, 1);
            mn.visitTypeInsn(CHECKCAST, owner.name);
        }
        mn.visitVarInsn(ALOAD, 2);
        unbox(mn, Type.getType(f.desc));
        mn.visitFieldInsn(isStatic ? PUTSTATIC : PUTFIELD, owner.name, f.name, f.desc);
        mn.visitInsn(RETURN);
        return mn;
    }

    private static MethodNode factory(String desc) {
        return new MethodNode(ACC_PUBLIC | ACC_STATIC, "member", desc, null, null);
    }

    private static void newInstance(InsnList i, String accessor) {
        i.add(new TypeInsnNode(NEW, accessor));
        i.add(new InsnNode(DUP));
        i.add(new MethodInsnNode(INVOKESPECIAL, accessor, "<init>", "()V", false));
    }

    /** {@code T.class}: {@code ldc T}, or the wrapper's {@code TYPE} for a primitive (as javac compiles int.class). */
    static InsnList classConstant(Type t) {
        InsnList i = new InsnList();
        if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
            i.add(new LdcInsnNode(t));
        } else {
            i.add(new FieldInsnNode(GETSTATIC, wrapper(t), "TYPE", CLASS_DESC));
        }
        return i;
    }

    private static InsnList classArray(List<Type> types) {
        InsnList i = new InsnList();
        i.add(new LdcInsnNode(types.size()));
        i.add(new TypeInsnNode(ANEWARRAY, "java/lang/Class"));
        for (int k = 0; k < types.size(); k++) {
            i.add(new InsnNode(DUP));
            i.add(new LdcInsnNode(k));
            i.add(classConstant(types.get(k)));
            i.add(new InsnNode(AASTORE));
        }
        return i;
    }

    private static String wrapper(Type t) {
        return switch (t.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.BYTE -> "java/lang/Byte";
            case Type.CHAR -> "java/lang/Character";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.LONG -> "java/lang/Long";
            case Type.FLOAT -> "java/lang/Float";
            case Type.DOUBLE -> "java/lang/Double";
            default -> "java/lang/Void";
        };
    }

    /** The value on the stack as an Object: boxed with valueOf, or null for void. */
    private static void box(MethodNode mn, Type t) {
        switch (t.getSort()) {
            case Type.VOID -> mn.visitInsn(ACONST_NULL);
            case Type.OBJECT, Type.ARRAY -> {}
            default ->
                mn.visitMethodInsn(
                        INVOKESTATIC, wrapper(t), "valueOf", "(" + t.getDescriptor() + ")L" + wrapper(t) + ";", false);
        }
    }

    /** The Object on the stack as a {@code t}: a cast, and for a primitive its wrapper's xxxValue(). */
    private static void unbox(MethodNode mn, Type t) {
        if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
            mn.visitTypeInsn(CHECKCAST, t.getInternalName());
            return;
        }
        String w = wrapper(t);
        mn.visitTypeInsn(CHECKCAST, w);
        mn.visitMethodInsn(INVOKEVIRTUAL, w, t.getClassName() + "Value", "()" + t.getDescriptor(), false);
    }
}
