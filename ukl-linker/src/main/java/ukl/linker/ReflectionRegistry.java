package ukl.linker;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import ukl.classmodel.ClassWorld;

/**
 * Pass 3c, only when the pom's {@code <reflection>} list names classes: keeps every public
 * constructor, method and field of each listed class for {@code Class.forName} of any name,
 * {@code getMethods}, {@code getConstructor}, {@code getField}... It writes the bodies of the
 * class library's {@code java.lang.reflect.Members.registered*} hooks as tables over the listed
 * classes, each member through its generated accessor ({@link ReflectionAccessors}), which keeps it
 * reachable. A listed class the world lacks is a link problem.
 */
final class ReflectionRegistry {
    private static final String CLASS_DESC = "Ljava/lang/Class;";

    private final World world;
    private final ReflectionAccessors accessors;
    private final ReflectionFolding folding;
    private final Problems problems;

    ReflectionRegistry(World world, ReflectionAccessors accessors, ReflectionFolding folding, Problems problems) {
        this.world = world;
        this.accessors = accessors;
        this.folding = folding;
        this.problems = problems;
    }

    /** Writes the tables; returns how many members they keep. */
    int register(List<String> classNames) {
        if (classNames.isEmpty()) {
            return 0;
        }
        ClassNode members = world.get(ReflectionAccessors.MEMBERS);
        if (members == null) {
            problems.add(
                    LinkProblem.Kind.MISSING_FROM_CLASS_LIBRARY,
                    "the <reflection> list needs java.lang.reflect.Members, which the class library lacks",
                    "link against ukl-classlib");
            return 0;
        }
        List<ClassNode> listed = new ArrayList<>();
        for (String name : classNames) {
            ClassNode c = world.get(name.replace('.', '/'));
            if (c == null) {
                problems.add(
                        LinkProblem.Kind.REFLECTION,
                        "the <reflection> list names " + name + ", which is not in the closed world",
                        "give a binary name (a.b.Outer$Inner) of a class on the application classpath");
            } else {
                listed.add(c);
            }
        }
        int kept = 0;
        Map<ClassNode, List<String>> methods = new LinkedHashMap<>();
        Map<ClassNode, List<String>> constructors = new LinkedHashMap<>();
        Map<ClassNode, List<String>> fields = new LinkedHashMap<>();
        for (ClassNode c : listed) {
            methods.put(c, publicMethods(c));
            constructors.put(c, publicConstructors(c));
            fields.put(c, publicFields(c));
            kept += methods.get(c).size()
                    + constructors.get(c).size()
                    + fields.get(c).size();
        }
        replace(members, "registeredClass", "(Ljava/lang/String;)" + CLASS_DESC, classTable(listed));
        replace(
                members,
                "registeredMethods",
                "(" + CLASS_DESC + ")[Ljava/lang/reflect/Method;",
                table(methods, "Method"));
        replace(
                members,
                "registeredConstructors",
                "(" + CLASS_DESC + ")[Ljava/lang/reflect/Constructor;",
                table(constructors, "Constructor"));
        replace(members, "registeredFields", "(" + CLASS_DESC + ")[Ljava/lang/reflect/Field;", table(fields, "Field"));
        return kept;
    }

    /** The accessors of the class's public methods, inherited ones too, the first of each signature (JDK getMethods). */
    private List<String> publicMethods(ClassNode c) {
        Map<String, String> found = new LinkedHashMap<>();
        List<ClassNode> search = new ArrayList<>(world.model().superclasses(c.name));
        for (String i : world.model().allInterfaces(c.name)) {
            if (world.contains(i)) {
                search.add(world.get(i));
            }
        }
        for (ClassNode k : search) {
            for (MethodNode m : k.methods) {
                boolean inheritedStatic = k != c && ClassWorld.isInterface(k) && (m.access & ACC_STATIC) != 0;
                if ((m.access & ACC_PUBLIC) != 0
                        && (m.access & ACC_BRIDGE) == 0
                        && !m.name.startsWith("<")
                        && !inheritedStatic) {
                    String signature = m.name + m.desc.substring(0, m.desc.indexOf(')') + 1);
                    found.computeIfAbsent(signature, s -> accessors.executable(k, m));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private List<String> publicConstructors(ClassNode c) {
        List<String> out = new ArrayList<>();
        if ((c.access & (ACC_ABSTRACT | ACC_INTERFACE)) == 0) {
            for (MethodNode m : c.methods) {
                if (m.name.equals("<init>") && (m.access & ACC_PUBLIC) != 0) {
                    out.add(accessors.executable(c, m));
                }
            }
        }
        return out;
    }

    private List<String> publicFields(ClassNode c) {
        List<String> out = new ArrayList<>();
        for (ClassNode k : world.model().superclasses(c.name)) {
            addPublicFields(k, out);
        }
        return out;
    }

    private void addPublicFields(ClassNode k, List<String> out) {
        for (FieldNode f : k.fields) {
            if ((f.access & ACC_PUBLIC) != 0) {
                out.add(accessors.field(k, f));
            }
        }
        for (String i : k.interfaces) {
            if (world.contains(i)) {
                addPublicFields(world.get(i), out);
            }
        }
    }

    private static void replace(ClassNode owner, String name, String desc, MethodNode body) {
        MethodNode hook = ClassWorld.declaredMethod(owner, name, desc);
        if (hook == null) {
            throw new IllegalStateException("java.lang.reflect.Members has no " + name + desc);
        }
        hook.instructions = body.instructions;
        hook.tryCatchBlocks = new ArrayList<>();
        hook.localVariables = null;
        hook.maxStack = body.maxStack;
        hook.maxLocals = 1;
    }

    /** {@code if (name.equals("a.B")) { initialise B; return B.class; } ... return null;} */
    private MethodNode classTable(Iterable<ClassNode> classes) {
        MethodNode m = new MethodNode();
        for (ClassNode c : classes) {
            Label next = new Label();
            m.visitVarInsn(ALOAD, 0);
            m.visitLdcInsn(c.name.replace('/', '.'));
            m.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z", false);
            m.visitJumpInsn(IFEQ, next);
            m.instructions.add(folding.classForName(c));
            m.visitInsn(ARETURN);
            m.visitLabel(next);
        }
        m.visitInsn(ACONST_NULL);
        m.visitInsn(ARETURN);
        m.maxStack = 2;
        return m;
    }

    /** {@code if (c == B.class) return new Method[] {B$1.member(), ...}; ... return null;} */
    private static MethodNode table(Map<ClassNode, List<String>> accessorsByClass, String kind) {
        MethodNode m = new MethodNode();
        accessorsByClass.forEach((c, list) -> {
            Label next = new Label();
            m.visitVarInsn(ALOAD, 0);
            m.visitLdcInsn(Type.getObjectType(c.name));
            m.visitJumpInsn(IF_ACMPNE, next);
            m.visitLdcInsn(list.size());
            m.visitTypeInsn(ANEWARRAY, "java/lang/reflect/" + kind);
            for (int i = 0; i < list.size(); i++) {
                m.visitInsn(DUP);
                m.visitLdcInsn(i);
                m.visitMethodInsn(
                        INVOKESTATIC, list.get(i), "member", ReflectionAccessors.factoryDescriptor(kind), false);
                m.visitInsn(AASTORE);
            }
            m.visitInsn(ARETURN);
            m.visitLabel(next);
        });
        m.visitInsn(ACONST_NULL);
        m.visitInsn(ARETURN);
        m.maxStack = 4;
        return m;
    }
}
