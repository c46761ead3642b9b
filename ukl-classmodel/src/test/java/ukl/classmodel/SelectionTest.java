package ukl.classmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.objectweb.asm.Opcodes.GETFIELD;
import static org.objectweb.asm.Opcodes.GETSTATIC;
import static org.objectweb.asm.Opcodes.INVOKEINTERFACE;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
import static ukl.classmodel.ShapeWorld.makeAbstract;
import static ukl.classmodel.ShapeWorld.makePackagePrivate;
import static ukl.classmodel.ShapeWorld.makePrivate;
import static ukl.classmodel.ShapeWorld.makeStatic;
import static ukl.classmodel.ShapeWorld.removeMethod;
import static ukl.classmodel.ShapeWorld.retargetCalls;
import static ukl.classmodel.ShapeWorld.simple;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;
import ukl.classmodel.ShapeWorld.Edit;

/**
 * The model against the JVM: for each shape ({@code ukl.classmodel.shapes}) and call, the running
 * JVM runs the call (each method returns the name of its declaring class) and the resolver names
 * the member it would select; both must give the row's answer. Where the JVM throws a linkage
 * error the resolver must say "none". Calls are generated instructions (in the package of the
 * class they name, for package access) or, where only a nestmate or subclass may make them
 * (private methods, {@code invokespecial}), one call that javac wrote in a shape method.
 */
class SelectionTest {
    private static final String S = "ukl/classmodel/shapes/Shapes$";
    private static final String P1 = "ukl/classmodel/shapes/p1/Pkg1$";
    private static final String P2 = "ukl/classmodel/shapes/p2/Pkg2$";
    private static final String STRING = "()Ljava/lang/String;";
    private static final String STRING_FIELD = "Ljava/lang/String;";
    private static final String ERASED_PUT = "(Ljava/lang/Object;)Ljava/lang/String;";
    private static final String ERASED_GET = "()Ljava/lang/Object;";
    private static final String AME = "AbstractMethodError";
    private static final String ICCE = "IncompatibleClassChangeError";

    /** An instruction: generated, or the only call in a shape method ({@code owner.method}) that javac compiled. */
    sealed interface Site {}

    record Generated(int opcode, String owner, String name, String desc) implements Site {}

    record Written(String owner, String method) implements Site {}

    record Row(Edit edit, Site site, String receiver, String expected) {
        @Override
        public String toString() {
            String what =
                    switch (site) {
                        case Generated g -> OPCODES.get(g.opcode()) + " " + simple(g.owner()) + "." + g.name();
                        case Written w -> simple(w.owner()) + "." + w.method() + "()";
                    };
            return what + (receiver == null ? "" : " on " + simple(receiver)) + " → " + expected + " [" + edit + "]";
        }
    }

    private static final Map<Integer, String> OPCODES = Map.of(
            INVOKEVIRTUAL,
            "invokevirtual",
            INVOKEINTERFACE,
            "invokeinterface",
            INVOKESTATIC,
            "invokestatic",
            INVOKESPECIAL,
            "invokespecial",
            GETSTATIC,
            "getstatic",
            GETFIELD,
            "getfield");

    private static Row call(int opcode, String owner, String name, String receiver, String expected) {
        return call(Edit.NONE, opcode, owner, name, STRING, receiver, expected);
    }

    private static Row call(Edit edit, int opcode, String owner, String name, String receiver, String expected) {
        return call(edit, opcode, owner, name, STRING, receiver, expected);
    }

    private static Row call(
            Edit edit, int opcode, String owner, String name, String desc, String receiver, String expected) {
        return new Row(edit, new Generated(opcode, owner, name, desc), receiver, expected);
    }

    private static Row written(Edit edit, String owner, String method, String receiver, String expected) {
        return new Row(edit, new Written(owner, method), receiver, expected);
    }

    static List<Row> rows() {
        Edit noBothD = removeMethod(S + "Both", "d");
        Edit noImplA = removeMethod(S + "ImplementsReabstract", "a");
        Edit noExtendsA = removeMethod(S + "ExtendsAbstractDef", "a");
        Edit privatePubSub = makePrivate(S + "PubSub", "r");
        Edit staticPubSub = makeStatic(S + "PubSub", "r");
        Edit abstractG = makeAbstract(S + "Greeter", "g");
        Edit packagePrivateU = makePackagePrivate(P2 + "U", "m");
        Edit none = Edit.NONE;
        return List.of(
                // maximally-specific superinterface methods (JVMS §5.4.3.3)
                call(INVOKEINTERFACE, S + "I1", "m", S + "C", "I2.m"),
                call(INVOKEVIRTUAL, S + "C", "m", S + "C", "I2.m"),
                call(INVOKEINTERFACE, S + "I1", "m", S + "C2", "I2.m"),
                call(INVOKEVIRTUAL, S + "C2", "m", S + "C2", "I2.m"),
                call(INVOKEINTERFACE, S + "Top", "t", S + "D", "Right.t"),
                call(INVOKEINTERFACE, S + "Left", "t", S + "D", "Right.t"),
                call(INVOKEVIRTUAL, S + "D", "t", S + "D", "Right.t"),
                call(INVOKEINTERFACE, S + "HasH", "h", S + "InheritsH", "DeclaresH.h"),
                call(INVOKEINTERFACE, S + "L", "d", S + "Both", "Both.d"),
                call(INVOKEINTERFACE, S + "R", "d", S + "Both", "Both.d"),
                call(noBothD, INVOKEINTERFACE, S + "L", "d", S + "Both", ICCE),
                call(noBothD, INVOKEVIRTUAL, S + "Both", "d", S + "Both", ICCE),
                // abstract re-declaration of a default method
                call(INVOKEINTERFACE, S + "Def", "a", S + "ImplementsReabstract", "ImplementsReabstract.a"),
                call(noImplA, INVOKEINTERFACE, S + "Def", "a", S + "ImplementsReabstract", AME),
                call(noImplA, INVOKEINTERFACE, S + "Reabstract", "a", S + "ImplementsReabstract", AME),
                call(INVOKEINTERFACE, S + "Def", "a", S + "ExtendsAbstractDef", "ExtendsAbstractDef.a"),
                call(noExtendsA, INVOKEINTERFACE, S + "Def", "a", S + "ExtendsAbstractDef", AME),
                call(noExtendsA, INVOKEVIRTUAL, S + "AbstractDef", "a", S + "ExtendsAbstractDef", AME),
                call(noExtendsA, INVOKEVIRTUAL, S + "ExtendsAbstractDef", "a", S + "ExtendsAbstractDef", AME),
                // private and static methods: selected for themselves, never as overriders
                written(none, S + "Priv", "callP", S + "PrivImpl", "Priv.p"),
                call(none, INVOKESTATIC, S + "Priv", "s", null, "Priv.s"),
                call(none, INVOKESTATIC, S + "PrivImpl", "s", null, "NoSuchMethodError"),
                written(none, S + "PrivateHolder", "callQ", S + "PrivateHolderSub", "PrivateHolder.q"),
                call(INVOKEVIRTUAL, S + "Pub", "r", S + "PubSub", "PubSub.r"),
                call(privatePubSub, INVOKEVIRTUAL, S + "Pub", "r", S + "PubSub", "Pub.r"),
                call(staticPubSub, INVOKEVIRTUAL, S + "Pub", "r", S + "PubSub", "Pub.r"),
                call(staticPubSub, INVOKEVIRTUAL, S + "PubSub", "r", S + "PubSub", ICCE),
                call(INVOKEINTERFACE, S + "S1", "w", S + "ImplementsS2", "S2.w"),
                call(makeStatic(S + "S2", "w"), INVOKEINTERFACE, S + "S1", "w", S + "ImplementsS2", "S1.w"),
                call(makePrivate(S + "S2", "w"), INVOKEINTERFACE, S + "S1", "w", S + "ImplementsS2", "S1.w"),
                // package-private methods (JVMS §5.4.5): overridden only from their run-time package
                call(INVOKEVIRTUAL, P1 + "A", "m", P1 + "A", "A.m"),
                call(INVOKEVIRTUAL, P1 + "A", "m", P2 + "B", "A.m"),
                call(INVOKEVIRTUAL, P1 + "A", "m", P1 + "C", "C.m"),
                call(INVOKEVIRTUAL, P1 + "A", "m", P1 + "T", "T.m"),
                call(INVOKEVIRTUAL, P1 + "A", "m", P2 + "U", "U.m"),
                call(INVOKEVIRTUAL, P1 + "A", "m", P2 + "V", "A.m"),
                call(INVOKEVIRTUAL, P2 + "B", "m", P2 + "B", "B.m"),
                call(INVOKEVIRTUAL, P2 + "B", "m", P1 + "C", "B.m"),
                call(INVOKEVIRTUAL, P1 + "C", "m", P1 + "C", "C.m"),
                call(INVOKEVIRTUAL, P2 + "V", "m", P2 + "V", "V.m"),
                call(INVOKEVIRTUAL, P1 + "A", "m", P1 + "Z", "Z.m"),
                call(INVOKEVIRTUAL, P2 + "U", "m", P1 + "Z", "Z.m"),
                call(packagePrivateU, INVOKEVIRTUAL, P1 + "A", "m", P2 + "U", "U.m"),
                call(packagePrivateU, INVOKEVIRTUAL, P1 + "A", "m", P1 + "Z", "Z.m"),
                call(packagePrivateU, INVOKEVIRTUAL, P2 + "U", "m", P1 + "Z", "U.m"),
                call(packagePrivateU, INVOKEVIRTUAL, P1 + "T", "m", P1 + "Z", "Z.m"),
                // bridge methods
                call(none, INVOKEVIRTUAL, S + "Box", "put", ERASED_PUT, S + "IntBox", "IntBox.put"),
                call(none, INVOKEVIRTUAL, S + "Box", "put", ERASED_PUT, S + "Box", "Box.put"),
                call(none, INVOKEINTERFACE, S + "Getter", "get", ERASED_GET, S + "StringGetter", "StringGetter.get"),
                // invokespecial (JVMS §6.5): super calls and I.super.m()
                written(none, S + "Leaf", "superK", S + "Leaf", "Mid.k"),
                written(retargetCalls(S + "Leaf", "superK", S + "Base"), S + "Leaf", "superK", S + "Leaf", "Mid.k"),
                written(none, S + "PlainLeaf", "superK", S + "PlainLeaf", "Base.k"),
                written(none, S + "Speaker", "viaLoud", S + "Speaker", "Loud.g"),
                written(none, S + "QuietSpeaker", "viaQuiet", S + "QuietSpeaker", "Greeter.g"),
                written(abstractG, S + "QuietSpeaker", "viaQuiet", S + "QuietSpeaker", AME),
                // field resolution (JVMS §5.4.3.2): superinterfaces before the superclass
                call(none, GETSTATIC, S + "SubX", "X", STRING_FIELD, null, "HasX.X"),
                call(none, GETSTATIC, S + "LowX", "X", STRING_FIELD, null, "HasX.X"),
                call(none, GETSTATIC, S + "SuperX", "X", STRING_FIELD, null, "SuperX.X"),
                call(none, GETFIELD, S + "F1", "f", STRING_FIELD, S + "F2", "F1.f"),
                call(none, GETFIELD, S + "F2", "f", STRING_FIELD, S + "F2", "F2.f"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theJvmRunsIt(Row row) throws ReflectiveOperationException {
        assertEquals(row.expected(), onTheJvm(new ShapeWorld(row.edit()), row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theModelSelectsIt(Row row) {
        String expected = row.expected().endsWith("Error") ? "none" : row.expected();
        assertEquals(expected, inTheModel(new ShapeWorld(row.edit()), row));
    }

    private static String inTheModel(ShapeWorld shapes, Row row) {
        Resolver resolver = new Resolver(shapes.model());
        Optional<? extends Record> member =
                switch (row.site()) {
                    case Generated g
                    when g.opcode() == GETSTATIC || g.opcode() == GETFIELD ->
                        resolver.resolveField(g.owner(), g.name(), g.desc());
                    case Generated g ->
                        select(resolver, g.opcode(), null, g.owner(), g.name(), g.desc(), row.receiver());
                    case Written w -> {
                        MethodInsnNode call = shapes.onlyCall(w.owner(), w.method());
                        yield select(
                                resolver,
                                call.getOpcode(),
                                w.owner(),
                                call.owner,
                                call.name,
                                call.desc,
                                row.receiver());
                    }
                };
        return member.map(m -> switch (m) {
                    case MethodRef r -> simple(r.owner().name) + "." + r.node().name;
                    case FieldRef f -> simple(f.owner().name) + "." + f.node().name;
                    default -> throw new IllegalStateException(m.toString());
                })
                .orElse("none");
    }

    private static Optional<MethodRef> select(
            Resolver resolver, int opcode, String current, String owner, String name, String desc, String receiver) {
        Optional<MethodRef> resolved = resolver.resolveMethod(owner, name, desc);
        return switch (opcode) {
            case INVOKESTATIC -> resolved;
            case INVOKESPECIAL -> resolved.flatMap(m -> resolver.selectSpecial(current, owner, m));
            default -> resolved.flatMap(m -> resolver.select(receiver, m));
        };
    }

    private static String onTheJvm(ShapeWorld shapes, Row row) throws ReflectiveOperationException {
        ClassLoader loader =
                shapes.loader(row.site() instanceof Generated g ? Map.of(callerName(g), caller(shapes, g)) : Map.of());
        Object receiver = null;
        if (row.receiver() != null) {
            Constructor<?> make = load(row.receiver(), loader).getDeclaredConstructor();
            make.setAccessible(true);
            receiver = make.newInstance();
        }
        Method run =
                switch (row.site()) {
                    case Generated g -> load(callerName(g), loader).getMethod("call", Object.class);
                    case Written w ->
                        List.of(load(w.owner(), loader).getDeclaredMethods()).stream()
                                .filter(m -> m.getName().equals(w.method()))
                                .findFirst()
                                .orElseThrow();
                };
        run.setAccessible(true);
        try {
            boolean isStatic = Modifier.isStatic(run.getModifiers());
            return (String) (isStatic ? run.invoke(null, receiver) : run.invoke(receiver));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof LinkageError error) {
                return error.getClass().getSimpleName();
            }
            throw e;
        }
    }

    private static Class<?> load(String internalName, ClassLoader loader) throws ClassNotFoundException {
        return Class.forName(internalName.replace('/', '.'), true, loader);
    }

    /** The generated caller lives in the package of the class it names, so package access allows the call. */
    private static String callerName(Generated g) {
        return g.owner().substring(0, g.owner().lastIndexOf('/') + 1) + "Call";
    }

    /**
     * {@code public static Object call(Object receiver)}: the row's one instruction on the receiver
     * (cast to the named class), with {@code null} for every argument (the shapes take only references).
     */
    private static byte[] caller(ShapeWorld shapes, Generated g) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        w.visit(Opcodes.V25, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, callerName(g), null, ClassWorld.OBJECT, null);
        MethodVisitor m = w.visitMethod(
                Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "call", "(Ljava/lang/Object;)Ljava/lang/Object;", null, null);
        m.visitCode();
        if (g.opcode() != INVOKESTATIC && g.opcode() != GETSTATIC) {
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitTypeInsn(Opcodes.CHECKCAST, g.owner());
        }
        if (g.opcode() == GETSTATIC || g.opcode() == GETFIELD) {
            m.visitFieldInsn(g.opcode(), g.owner(), g.name(), g.desc());
        } else {
            for (Type ignored : Type.getArgumentTypes(g.desc())) {
                m.visitInsn(Opcodes.ACONST_NULL);
            }
            boolean isInterface = ClassWorld.isInterface(shapes.node(g.owner()));
            m.visitMethodInsn(g.opcode(), g.owner(), g.name(), g.desc(), isInterface);
        }
        m.visitInsn(Opcodes.ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }
}
