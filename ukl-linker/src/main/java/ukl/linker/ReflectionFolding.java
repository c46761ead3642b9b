package ukl.linker;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import ukl.classmodel.ClassWorld;

/**
 * Pass 3b, after the invokedynamic lowering: folds the reflective lookups a closed world can answer at link time, as GraalVM
 * native-image does: {@code Class.forName}, {@code getMethod}/{@code getDeclaredMethod},
 * {@code getConstructor}/{@code getDeclaredConstructor} and {@code getField}/{@code getDeclaredField}
 * whose class, name and parameter classes are constants ({@link ConstantValues}). A folded
 * {@code forName} becomes the class constant (and initialises the class, as {@code forName} does);
 * a folded member lookup becomes a call of a generated accessor's {@code member()}
 * ({@link ReflectionAccessors}), which also keeps the member in the image. A lookup of a member or
 * class that does not exist becomes a call that throws what the JDK throws. Any other site is left
 * alone, and the reference check reports it if it is reachable. Private members are not folded.
 */
final class ReflectionFolding {
    private static final String CLASS = "java/lang/Class";
    private static final String FOR_NAME_DESC = "(Ljava/lang/String;)Ljava/lang/Class;";
    /** The static field whose read initialises a class that Class.forName named (JVMS §5.5). */
    static final String INIT_FIELD = "ukl$forName";

    private static final Set<String> LOOKUPS = Set.of(
            "forName" + FOR_NAME_DESC,
            "getMethod(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;",
            "getDeclaredMethod(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;",
            "getConstructor([Ljava/lang/Class;)Ljava/lang/reflect/Constructor;",
            "getDeclaredConstructor([Ljava/lang/Class;)Ljava/lang/reflect/Constructor;",
            "getField(Ljava/lang/String;)Ljava/lang/reflect/Field;",
            "getDeclaredField(Ljava/lang/String;)Ljava/lang/reflect/Field;");

    private final World world;
    private final ReflectionAccessors accessors;

    ReflectionFolding(World world, ReflectionAccessors accessors) {
        this.world = world;
        this.accessors = accessors;
    }

    static boolean isForName(MethodInsnNode call) {
        return call.getOpcode() == INVOKESTATIC
                && call.owner.equals(CLASS)
                && call.name.equals("forName")
                && call.desc.equals(FOR_NAME_DESC);
    }

    private static boolean isLookup(AbstractInsnNode insn) {
        return insn instanceof MethodInsnNode call
                && call.owner.equals(CLASS)
                && LOOKUPS.contains(call.name + call.desc);
    }

    /** Folds every site it can; returns how many. */
    int fold() {
        int folded = 0;
        for (ClassNode c : world.classes()) {
            for (MethodNode m : c.methods) {
                if (m.instructions.size() == 0 || !hasLookup(m)) {
                    continue;
                }
                ConstantValues constants = ConstantValues.of(c.name, m);
                if (constants == null) {
                    continue;
                }
                Map<MethodInsnNode, InsnList> replacements = new LinkedHashMap<>();
                for (AbstractInsnNode insn : m.instructions) {
                    if (isLookup(insn)) {
                        MethodInsnNode call = (MethodInsnNode) insn;
                        InsnList r = fold(call, constants);
                        if (r != null) {
                            replacements.put(call, r);
                        }
                    }
                }
                replacements.forEach((call, r) -> {
                    m.instructions.insert(call, r);
                    m.instructions.remove(call);
                });
                folded += replacements.size();
            }
        }
        return folded;
    }

    private static boolean hasLookup(MethodNode m) {
        for (AbstractInsnNode insn : m.instructions) {
            if (isLookup(insn)) {
                return true;
            }
        }
        return false;
    }

    private InsnList fold(MethodInsnNode call, ConstantValues constants) {
        if (call.name.equals("forName")) {
            String name = constants.string(constants.operand(call, 0));
            return name == null ? null : forName(name);
        }
        int args = Type.getArgumentTypes(call.desc).length;
        Type receiver = constants.type(constants.operand(call, args), this::existing);
        if (receiver == null || receiver.getSort() != Type.OBJECT || !world.contains(receiver.getInternalName())) {
            return null;
        }
        ClassNode owner = world.get(receiver.getInternalName());
        return switch (call.name) {
            case "getField", "getDeclaredField" -> {
                String name = constants.string(constants.operand(call, 0));
                yield name == null ? null : field(owner, name, call.name.equals("getField"));
            }
            case "getConstructor", "getDeclaredConstructor" -> {
                List<Type> params = constants.classArray(constants.operand(call, 0), this::existing);
                yield params == null ? null : constructor(owner, params, call.name.equals("getConstructor"));
            }
            default -> {
                String name = constants.string(constants.operand(call, 1));
                List<Type> params = constants.classArray(constants.operand(call, 0), this::existing);
                yield name == null || params == null
                        ? null
                        : method(owner, name, params, call.name.equals("getMethod"));
            }
        };
    }

    /** The class a constant {@code forName} names, if it is in the world (and so is folded). */
    private Type existing(String binaryName) {
        String internal = binaryName.replace('.', '/');
        return binaryName.indexOf('/') < 0 && world.contains(internal) ? Type.getObjectType(internal) : null;
    }

    private InsnList forName(String binaryName) {
        Type t = existing(binaryName);
        InsnList r = new InsnList();
        if (t == null) {
            if (binaryName.startsWith("java.") || binaryName.startsWith("[")) {
                return null; // the JDK has it, ukl may not: the reference check reports the site
            }
            r.add(thrower("classNotFound", "Class"));
            return r;
        }
        r.add(new InsnNode(POP));
        r.add(classForName(world.get(t.getInternalName())));
        return r;
    }

    /** {@code c}'s class constant, after a read that initialises {@code c} if that runs code, as forName does. */
    InsnList classForName(ClassNode c) {
        InsnList r = new InsnList();
        if (needsInitialisation(c)) {
            FieldNode init = initField(c);
            r.add(new FieldInsnNode(GETSTATIC, c.name, init.name, init.desc));
            r.add(new InsnNode(POP));
        }
        r.add(new LdcInsnNode(Type.getObjectType(c.name)));
        return r;
    }

    /** Whether initialising {@code c} runs code: it or a superclass has a static initialiser. */
    private boolean needsInitialisation(ClassNode c) {
        for (ClassNode k : world.model().superclasses(c.name)) {
            if (ClassWorld.declaredMethod(k, "<clinit>", "()V") != null) {
                return true;
            }
        }
        return ClassWorld.isInterface(c) && ClassWorld.declaredMethod(c, "<clinit>", "()V") != null;
    }

    /** A synthetic static field whose read initialises {@code c} (JVMS §5.5: getstatic initialises). */
    private static FieldNode initField(ClassNode c) {
        for (FieldNode f : c.fields) {
            if (f.name.equals(INIT_FIELD)) {
                return f;
            }
        }
        // public: the <reflection> table in java.lang.reflect reads it too, and ProGuard drops a field
        // whose only reads cannot access it
        int access = ACC_PUBLIC | ACC_STATIC | ACC_SYNTHETIC | (ClassWorld.isInterface(c) ? ACC_FINAL : 0);
        FieldNode f = new FieldNode(access, INIT_FIELD, "I", null, null);
        c.fields.add(f);
        return f;
    }

    private InsnList method(ClassNode owner, String name, List<Type> params, boolean publicOnly) {
        String args = descriptorArgs(params);
        List<ClassNode> candidates = new ArrayList<>();
        candidates.add(owner);
        if (publicOnly) {
            candidates.addAll(world.model().superclasses(owner.name));
            for (String i : world.model().allInterfaces(owner.name)) {
                if (world.contains(i)) {
                    candidates.add(world.get(i));
                }
            }
        }
        for (ClassNode k : candidates) {
            MethodNode found = null;
            for (MethodNode m : k.methods) {
                boolean inheritedStatic = k != owner && ClassWorld.isInterface(k) && (m.access & ACC_STATIC) != 0;
                if (m.name.equals(name)
                        && !name.startsWith("<")
                        && m.desc.startsWith(args)
                        && (!publicOnly || (m.access & ACC_PUBLIC) != 0)
                        && !inheritedStatic
                        && (found == null || (found.access & ACC_BRIDGE) != 0)) {
                    found = m;
                }
            }
            if (found != null) {
                return executable(k, found, "Method", 3);
            }
        }
        return notFound(3, "noSuchMethod", "Method", label(owner, name, params));
    }

    private InsnList constructor(ClassNode owner, List<Type> params, boolean publicOnly) {
        MethodNode found = ClassWorld.declaredMethod(owner, "<init>", descriptorArgs(params) + "V");
        if (found == null || (publicOnly && (found.access & ACC_PUBLIC) == 0)) {
            return notFound(2, "noSuchConstructor", "Constructor", label(owner, "<init>", params));
        }
        if ((owner.access & (ACC_ABSTRACT | ACC_INTERFACE)) != 0) {
            return null; // newInstance would throw InstantiationException: not folded, so reported
        }
        return executable(owner, found, "Constructor", 2);
    }

    private InsnList executable(ClassNode owner, MethodNode m, String kind, int operands) {
        if ((m.access & ACC_PRIVATE) != 0) {
            return null;
        }
        String accessor = accessors.executable(owner, m);
        return member(operands, accessor, kind);
    }

    private InsnList field(ClassNode owner, String name, boolean publicOnly) {
        for (ClassNode k : publicOnly ? fieldSearchOrder(owner) : List.of(owner)) {
            for (FieldNode f : k.fields) {
                if (f.name.equals(name) && (!publicOnly || (f.access & ACC_PUBLIC) != 0)) {
                    return (f.access & ACC_PRIVATE) != 0 ? null : member(2, accessors.field(k, f), "Field");
                }
            }
        }
        return notFound(2, "noSuchField", "Field", name);
    }

    /** Class.getField's order: the class, its superinterfaces (recursively), then its superclass's order. */
    private List<ClassNode> fieldSearchOrder(ClassNode c) {
        List<ClassNode> order = new ArrayList<>();
        for (ClassNode k : world.model().superclasses(c.name)) {
            order.add(k);
            for (String i : k.interfaces) {
                if (world.contains(i)) {
                    order.addAll(fieldSearchOrder(world.get(i)));
                }
            }
        }
        return order;
    }

    /** Pops the lookup's operands and calls the accessor's member(). */
    private static InsnList member(int operands, String accessor, String kind) {
        InsnList r = pops(operands);
        r.add(new MethodInsnNode(INVOKESTATIC, accessor, "member", ReflectionAccessors.factoryDescriptor(kind), false));
        return r;
    }

    private static InsnList notFound(int operands, String thrower, String kind, String message) {
        InsnList r = pops(operands);
        r.add(new LdcInsnNode(message));
        r.add(thrower(thrower, kind));
        return r;
    }

    private static MethodInsnNode thrower(String name, String kind) {
        String result = kind.equals("Class") ? "Ljava/lang/Class;" : "Ljava/lang/reflect/" + kind + ";";
        return new MethodInsnNode(
                INVOKESTATIC, ReflectionAccessors.MEMBERS, name, "(Ljava/lang/String;)" + result, false);
    }

    private static InsnList pops(int n) {
        InsnList r = new InsnList();
        for (int i = 0; i < n; i++) {
            r.add(new InsnNode(POP));
        }
        return r;
    }

    private static String descriptorArgs(List<Type> params) {
        StringBuilder s = new StringBuilder("(");
        params.forEach(p -> s.append(p.getDescriptor()));
        return s.append(')').toString();
    }

    /** The JDK's NoSuchMethodException message: {@code pkg.C.name(int,java.lang.String)}. */
    private static String label(ClassNode owner, String name, List<Type> params) {
        StringBuilder s = new StringBuilder(owner.name.replace('/', '.'))
                .append('.')
                .append(name)
                .append('(');
        for (int i = 0; i < params.size(); i++) {
            Type p = params.get(i);
            String n = p.getSort() == Type.ARRAY ? p.getDescriptor().replace('/', '.') : p.getClassName();
            s.append(i == 0 ? "" : ",").append(n);
        }
        return s.append(')').toString();
    }
}
