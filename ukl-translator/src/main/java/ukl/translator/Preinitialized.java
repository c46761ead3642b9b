package ukl.translator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import ukl.classmodel.ClassWorld;
import ukl.classmodel.FieldRef;
import ukl.classmodel.MethodRef;

/**
 * Classes whose static initialisers run at build time (issue #12, items 4 and 6): the initialiser
 * runs here, on a small interpreter, and the objects it makes become static data, as string
 * literals are. The class then needs no initialisation at all (unless a supertype does): no
 * initialiser in the image, and no check of its state where it is used. At run time an enum's
 * initialiser built each constant with a call of the allocator and of its constructor, a dozen
 * translated blocks per constant under TCG (NetStats.Counter's 49 constants were 350 of the echo
 * server's 5,500 blocks at boot, and 6.5 KB); Throwable's two empty arrays gave every exception
 * class an initialiser and every {@code new} of one a check.
 *
 * <p>Only an initialiser that cannot be told from its result qualifies: straight-line code that
 * stores constants, string and class literals, constants of other classes whose initialisers ran
 * here, and objects it makes in its own static fields. The
 * objects: arrays of primitives with constant elements; empty arrays of any type; instances of the
 * class itself (an enum's constants, a singleton), made through constructors that store their
 * arguments, down to {@code Object}'s; and, in an enum, arrays of its constants. Anything else (a
 * branch, a call elsewhere, another class's field, an enum constant with a body) leaves the class
 * to the usual initialisation. Static data is not scanned by the collector, so none of it may ever
 * point into the heap: the class's reference fields must be final; no code but an enum's
 * initialiser makes its constants, so an array of them holds only static data; and an array of any
 * other reference type must be empty.
 */
final class Preinitialized {
    /** An object the initialiser made: an instance of the class, or an array. */
    private static final class Built {
        final String symbol;
        /** The array's type, e.g. {@code [I}, or {@code null} for an instance. */
        final Type arrayType;
        /** The instance fields' values by {@link #key}; absent ones are zero. */
        final Map<String, Object> fields = new HashMap<>();
        /** The elements of an array. */
        final Object[] elements;

        Built(String symbol, Type arrayType, Object[] elements) {
            this.symbol = symbol;
            this.arrayType = arrayType;
            this.elements = elements;
        }

        boolean isInstance() {
            return arrayType == null;
        }
    }

    /** A type's Class object: its descriptor, static data that the collector's roots cover. */
    private record ClassLiteral(Type type, String symbol) {}

    /** The null reference on the interpreter's stack and in its values. */
    private static final Object NULL = new Object();

    /** Not evaluated here: the class keeps its initialiser. */
    private static final class NotFoldable extends Exception {
        NotFoldable() {
            super(null, null, false, false);
        }
    }

    /** More than any enum's initialiser does (NetStats.Counter's takes ~600 steps). */
    private static final int MAX_STEPS = 200_000;

    private static final int MAX_DEPTH = 8;

    private static final int MAX_ARRAY = 1 << 16;

    private final World world;
    private final Layout layout;
    /** Per folded class: the objects its initialiser made, in the order made. */
    private final Map<String, List<Built>> objects = new LinkedHashMap<>();
    /** Per folded class: its static fields' values by {@link #key}. */
    private final Map<String, Map<String, Object>> statics = new HashMap<>();
    /** Classes tried: whether each was folded. */
    private final Map<String, Boolean> tried = new HashMap<>();

    Preinitialized(World world, Layout layout) throws TranslationException {
        this.world = world;
        this.layout = layout;
        for (ClassNode c : world.classes()) {
            fold(c);
        }
    }

    /** Whether {@code cls}'s static initialiser was run at build time. */
    boolean folds(String cls) {
        return objects.containsKey(cls);
    }

    /** Whether {@code m} is a static initialiser run at build time, so it has no C function. */
    boolean folds(MethodRef m) {
        return m.node().name.equals("<clinit>") && folds(m.owner().name);
    }

    /** The C initialiser of a static field of a folded class, or {@code null} if it has none. */
    String initialValue(FieldRef f, Literals literals) {
        Map<String, Object> values = statics.get(f.owner().name);
        if (values == null) {
            return null;
        }
        Object v = values.get(key(f.owner().name, f.node().name, f.node().desc));
        return v == null ? null : cValue(v, Type.getType(f.node().desc), literals);
    }

    /**
     * What a static final field of a folded class holds for the whole run, as a C expression that
     * code can use instead of loading the field (a constant, a literal, a Class object, an object
     * the initialiser made: gcc then knows it is not null, and an enum's ordinal is at a fixed
     * address), or {@code null}. An object the initialiser made only where its definition is in the
     * same C file ({@code objectsVisible}): in several files it is static data of the data unit.
     */
    String finalValue(FieldRef f, Literals literals, boolean objectsVisible) {
        Map<String, Object> values = statics.get(f.owner().name);
        if (values == null || (f.node().access & Opcodes.ACC_FINAL) == 0) {
            return null;
        }
        Object v = values.get(key(f.owner().name, f.node().name, f.node().desc));
        if (v == null || (v instanceof Built && !objectsVisible)) {
            return null;
        }
        return cValue(v, Type.getType(f.node().desc), literals);
    }

    /** The definitions of the objects {@code c}'s initialiser made, if it was run at build time. */
    void emitObjects(StringBuilder out, ClassNode c, Literals literals) throws TranslationException {
        List<Built> built = objects.get(c.name);
        if (built == null) {
            return;
        }
        List<FieldRef> fields = instanceFields(c);
        fields.sort((a, b) -> layout.fieldOffset(a) - layout.fieldOffset(b));
        for (Built b : built) {
            if (b.isInstance()) {
                emitInstance(out, c, fields, b, literals);
            } else {
                emitArray(out, b, literals);
            }
        }
    }

    private void emitInstance(StringBuilder out, ClassNode c, List<FieldRef> fields, Built b, Literals literals)
            throws TranslationException {
        StringBuilder members = new StringBuilder("ukl_obj h;");
        StringBuilder values = new StringBuilder("{ &" + layout.symbol(c.name) + ", 0 }");
        int at = Layout.HEADER;
        for (FieldRef f : fields) {
            int offset = layout.fieldOffset(f);
            if (offset > at) {
                members.append(" uint8_t pad")
                        .append(at)
                        .append('[')
                        .append(offset - at)
                        .append("];");
            }
            Type t = Type.getType(f.node().desc);
            members.append(' ')
                    .append(Names.storage(t))
                    .append(Names.kind(t) == 'a' ? "" : " ")
                    .append('f')
                    .append(offset)
                    .append(';');
            Object v = b.fields.get(key(f.owner().name, f.node().name, f.node().desc));
            if (v != null) {
                values.append(", .f").append(offset).append(" = ").append(cValue(v, t, literals));
            }
            at = offset + Names.size(t);
        }
        out.append("static struct { ")
                .append(members)
                .append(" } ")
                .append(b.symbol)
                .append(" = { ")
                .append(values)
                .append(" };\n");
    }

    private void emitArray(StringBuilder out, Built b, Literals literals) throws TranslationException {
        Type element = Type.getType(b.arrayType.getDescriptor().substring(1));
        out.append("static struct { ukl_array h; ")
                .append(Names.storage(element))
                .append(Names.kind(element) == 'a' ? "" : " ")
                .append("d[")
                .append(Math.max(1, b.elements.length))
                .append("]; } ")
                .append(b.symbol)
                .append(" = { { { &")
                .append(layout.symbol(b.arrayType))
                .append(", 0 }, ")
                .append(b.elements.length)
                .append(", 0 }, {");
        for (int i = 0; i < b.elements.length; i++) {
            out.append(i % 16 == 0 ? "\n    " : " ")
                    .append(cValue(b.elements[i], element, literals))
                    .append(',');
        }
        out.append(b.elements.length == 0 ? " 0 } };\n" : " } };\n");
    }

    private static String cValue(Object v, Type t, Literals literals) {
        if (v == NULL) {
            return "0";
        }
        if (v instanceof Built b) {
            return "(ukl_obj *) &" + b.symbol;
        }
        if (v instanceof ClassLiteral k) {
            return "(ukl_obj *) &" + k.symbol();
        }
        if (v instanceof String s) {
            return literals.ref(s);
        }
        if (v instanceof Long l) {
            return Names.longLiteral(l);
        }
        if (v instanceof Float f) {
            return Names.floatLiteral(f);
        }
        if (v instanceof Double d) {
            return Names.doubleLiteral(d);
        }
        return Names.intLiteral(narrow((Integer) v, t));
    }

    /** JVMS §6.5 putfield, putstatic, bastore…: a boolean, byte, char or short keeps the value's low bits. */
    private static int narrow(int v, Type t) {
        return switch (t.getSort()) {
            case Type.BOOLEAN -> v & 1;
            case Type.BYTE -> (byte) v;
            case Type.CHAR -> (char) v;
            case Type.SHORT -> (short) v;
            default -> v;
        };
    }

    /**
     * Runs {@code c}'s initialiser here if it qualifies, once; whether it was. A superclass's
     * initialiser must have run here too (it runs first, JVMS §5.5 step 7, and may read this
     * class's fields), and no direct superinterface may have one.
     */
    private boolean fold(ClassNode c) throws TranslationException {
        Boolean known = tried.get(c.name);
        if (known != null) {
            return known;
        }
        tried.put(c.name, false);
        MethodNode clinit = ClassWorld.declaredMethod(c, "<clinit>", "()V");
        if (clinit == null) {
            return false;
        }
        for (String i : c.interfaces) {
            if (ClassWorld.declaredMethod(world.get(i), "<clinit>", "()V") != null) {
                return false;
            }
        }
        for (String s = c.superName; s != null; s = world.get(s).superName) {
            ClassNode sc = world.get(s);
            if (ClassWorld.declaredMethod(sc, "<clinit>", "()V") != null && !fold(sc)) {
                return false;
            }
        }
        boolean folded = new Evaluation(c, finalReferences(c), isEnum(c)).run(clinit);
        tried.put(c.name, folded);
        return folded;
    }

    /** Whether every reference field of {@code c}'s instances is final: they keep what the constructor stored. */
    private boolean finalReferences(ClassNode c) throws TranslationException {
        for (FieldRef f : instanceFields(c)) {
            if (Names.kind(Type.getType(f.node().desc)) == 'a' && (f.node().access & Opcodes.ACC_FINAL) == 0) {
                return false;
            }
        }
        return true;
    }

    /** An enum with no constant that has a body (those are subclasses): only its initialiser makes instances. */
    private static boolean isEnum(ClassNode c) {
        return (c.access & Opcodes.ACC_ENUM) != 0 && "java/lang/Enum".equals(c.superName);
    }

    /** Every instance field of {@code c} and its superclasses. */
    private List<FieldRef> instanceFields(ClassNode c) throws TranslationException {
        List<FieldRef> out = new ArrayList<>();
        for (ClassNode k = c; k != null; k = k.superName == null ? null : world.get(k.superName)) {
            for (FieldNode f : k.fields) {
                if ((f.access & Opcodes.ACC_STATIC) == 0) {
                    out.add(new FieldRef(k, f));
                }
            }
        }
        return out;
    }

    private static String key(String owner, String name, String desc) {
        return owner + "." + name + ":" + desc;
    }

    /** One run of a class's initialiser; its results are kept only if it runs to the end. */
    private final class Evaluation {
        private final ClassNode c;
        /** Whether the initialiser may make instances of {@link #c} ({@link #finalReferences}). */
        private final boolean instances;
        /** Whether an array of {@link #c}'s instances may hold some ({@link #isEnum}). */
        private final boolean ownArrays;

        private final List<Built> made = new ArrayList<>();
        private final Map<String, Object> staticValues = new HashMap<>();
        private int steps;

        Evaluation(ClassNode c, boolean instances, boolean ownArrays) {
            this.c = c;
            this.instances = instances;
            this.ownArrays = instances && ownArrays;
        }

        /** Whether the initialiser ran to its end here; then its results are kept. */
        boolean run(MethodNode clinit) throws TranslationException {
            try {
                invoke(c, clinit, new Object[Math.max(1, clinit.maxLocals)], 0);
            } catch (NotFoldable e) {
                return false;
            }
            objects.put(c.name, made);
            statics.put(c.name, staticValues);
            return true;
        }

        private Object invoke(ClassNode owner, MethodNode m, Object[] locals, int depth)
                throws NotFoldable, TranslationException {
            if (depth > MAX_DEPTH || (m.access & (Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT)) != 0) {
                throw new NotFoldable();
            }
            List<Object> stack = new ArrayList<>();
            for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
                if (i.getOpcode() < 0) {
                    continue; // labels, line numbers, frames
                }
                if (++steps > MAX_STEPS) {
                    throw new NotFoldable();
                }
                int op = i.getOpcode();
                switch (op) {
                    case Opcodes.ACONST_NULL -> stack.add(NULL);
                    case Opcodes.ICONST_M1,
                            Opcodes.ICONST_0,
                            Opcodes.ICONST_1,
                            Opcodes.ICONST_2,
                            Opcodes.ICONST_3,
                            Opcodes.ICONST_4,
                            Opcodes.ICONST_5 -> stack.add(op - Opcodes.ICONST_0);
                    case Opcodes.LCONST_0, Opcodes.LCONST_1 -> stack.add((long) (op - Opcodes.LCONST_0));
                    case Opcodes.FCONST_0, Opcodes.FCONST_1, Opcodes.FCONST_2 ->
                        stack.add((float) (op - Opcodes.FCONST_0));
                    case Opcodes.DCONST_0, Opcodes.DCONST_1 -> stack.add((double) (op - Opcodes.DCONST_0));
                    case Opcodes.BIPUSH, Opcodes.SIPUSH -> stack.add(((IntInsnNode) i).operand);
                    case Opcodes.LDC -> stack.add(constant(((LdcInsnNode) i).cst));
                    case Opcodes.ILOAD, Opcodes.LLOAD, Opcodes.FLOAD, Opcodes.DLOAD, Opcodes.ALOAD -> {
                        Object v = locals[((VarInsnNode) i).var];
                        if (v == null) {
                            throw new NotFoldable();
                        }
                        stack.add(v);
                    }
                    case Opcodes.DUP -> stack.add(peek(stack));
                    case Opcodes.NEW -> {
                        if (!instances || !((TypeInsnNode) i).desc.equals(c.name)) {
                            throw new NotFoldable();
                        }
                        stack.add(make(null, null));
                    }
                    case Opcodes.NEWARRAY -> {
                        Type type =
                                Type.getType("[" + "ZCFDBSIJ".charAt(((IntInsnNode) i).operand - Opcodes.T_BOOLEAN));
                        stack.add(newArray(type, pop(stack)));
                    }
                    case Opcodes.ANEWARRAY -> {
                        String desc = ((TypeInsnNode) i).desc;
                        Type type = Type.getType("[" + (desc.startsWith("[") ? desc : "L" + desc + ";"));
                        Object length = pop(stack);
                        // an array of the enum's constants holds static data only; any other
                        // reference array must stay empty, as the collector never sees its elements
                        if (!(ownArrays && desc.equals(c.name))
                                && !Integer.valueOf(0).equals(length)) {
                            throw new NotFoldable();
                        }
                        stack.add(newArray(type, length));
                    }
                    case Opcodes.IASTORE,
                            Opcodes.LASTORE,
                            Opcodes.FASTORE,
                            Opcodes.DASTORE,
                            Opcodes.AASTORE,
                            Opcodes.BASTORE,
                            Opcodes.CASTORE,
                            Opcodes.SASTORE -> {
                        Object value = pop(stack);
                        int index = intValue(pop(stack));
                        if (!(pop(stack) instanceof Built a)
                                || a.isInstance()
                                || index < 0
                                || index >= a.elements.length) {
                            throw new NotFoldable();
                        }
                        Type element = Type.getType(a.arrayType.getDescriptor().substring(1));
                        if (op == Opcodes.AASTORE) {
                            if (!(value == NULL || value instanceof Built v && v.isInstance())) {
                                throw new NotFoldable();
                            }
                            a.elements[index] = value;
                        } else {
                            checked(value, element.getDescriptor());
                            a.elements[index] = value instanceof Integer n ? narrow(n, element) : value;
                        }
                    }
                    case Opcodes.GETSTATIC -> stack.add(staticValue((FieldInsnNode) i));
                    case Opcodes.PUTSTATIC -> {
                        FieldInsnNode f = (FieldInsnNode) i;
                        if (!f.owner.equals(c.name) || !declares(c, f.name, f.desc, true)) {
                            throw new NotFoldable();
                        }
                        staticValues.put(key(c.name, f.name, f.desc), checked(pop(stack), f.desc));
                    }
                    case Opcodes.PUTFIELD -> {
                        FieldInsnNode f = (FieldInsnNode) i;
                        Object value = checked(pop(stack), f.desc);
                        Object target = pop(stack);
                        String declaring = declaringClass(f);
                        if (!(target instanceof Built b) || !b.isInstance() || declaring == null) {
                            throw new NotFoldable();
                        }
                        b.fields.put(key(declaring, f.name, f.desc), value);
                    }
                    case Opcodes.INVOKEVIRTUAL -> stack.add(libraryCall((MethodInsnNode) i, pop(stack)));
                    case Opcodes.INVOKESPECIAL, Opcodes.INVOKESTATIC -> {
                        MethodInsnNode call = (MethodInsnNode) i;
                        Object result = call(call, stack, depth);
                        if (Type.getReturnType(call.desc).getSort() != Type.VOID) {
                            stack.add(result);
                        }
                    }
                    case Opcodes.RETURN -> {
                        return null;
                    }
                    case Opcodes.ARETURN -> {
                        return pop(stack);
                    }
                    default -> throw new NotFoldable();
                }
            }
            throw new NotFoldable();
        }

        /**
         * A static field of the class, or a constant of another class whose initialiser ran here:
         * reading it at run time would initialise that class, which does nothing then. An object
         * another class made stays out: its symbol lives with that class's data.
         */
        private Object staticValue(FieldInsnNode f) throws NotFoldable, TranslationException {
            Type t = Type.getType(f.desc);
            if (f.owner.equals(c.name) && declares(c, f.name, f.desc, true)) {
                Object v = staticValues.get(key(c.name, f.name, f.desc));
                return v != null ? v : zero(t);
            }
            if (!world.has(f.owner)
                    || !fold(world.get(f.owner))
                    || !declares(world.get(f.owner), f.name, f.desc, true)) {
                throw new NotFoldable();
            }
            Object v = statics.get(f.owner).get(key(f.owner, f.name, f.desc));
            if (v instanceof Built) {
                throw new NotFoldable();
            }
            return v != null ? v : zero(t);
        }

        /**
         * The two library calls that initialisers of the class library make on constants: a
         * primitive array class's component type ({@code Primitives}) and a literal's chars ({@code
         * Integer.DIGITS}).
         */
        private Object libraryCall(MethodInsnNode call, Object receiver) throws NotFoldable, TranslationException {
            String m = call.owner + "." + call.name + call.desc;
            if (m.equals("java/lang/Class.getComponentType()Ljava/lang/Class;")
                    && receiver instanceof ClassLiteral k
                    && k.type().getSort() == Type.ARRAY) {
                return classLiteral(Type.getType(k.type().getDescriptor().substring(1)));
            }
            if (m.equals("java/lang/String.toCharArray()[C") && receiver instanceof String s) {
                Built chars = newArray(Type.getType("[C"), s.length());
                for (int i = 0; i < s.length(); i++) {
                    chars.elements[i] = (int) s.charAt(i);
                }
                return chars;
            }
            throw new NotFoldable();
        }

        /**
         * A constructor of the class or a superclass (on an instance being built), or a static
         * method of the class itself (javac's {@code $values}); its result, {@code null} for void.
         */
        private Object call(MethodInsnNode call, List<Object> stack, int depth)
                throws NotFoldable, TranslationException {
            boolean special = call.getOpcode() == Opcodes.INVOKESPECIAL;
            if (special ? !call.name.equals("<init>") || !isSuperOrSelf(call.owner) : !call.owner.equals(c.name)) {
                throw new NotFoldable();
            }
            ClassNode owner = world.get(call.owner);
            MethodNode m = ClassWorld.declaredMethod(owner, call.name, call.desc);
            if (m == null) {
                throw new NotFoldable();
            }
            Type[] args = Type.getArgumentTypes(call.desc);
            Object[] locals = new Object[Math.max(m.maxLocals, 1 + 2 * args.length)];
            int slot = special ? 1 : 0;
            int[] slots = new int[args.length];
            for (int a = 0; a < args.length; a++) {
                slots[a] = slot;
                slot += args[a].getSize();
            }
            for (int a = args.length - 1; a >= 0; a--) {
                locals[slots[a]] = pop(stack);
            }
            if (special) {
                if (!(pop(stack) instanceof Built receiver) || !receiver.isInstance()) {
                    throw new NotFoldable();
                }
                locals[0] = receiver;
            }
            return invoke(owner, m, locals, depth + 1);
        }

        /** An array of {@code type} and {@code length} zeros; its type must have a descriptor. */
        private Built newArray(Type type, Object length) throws NotFoldable, TranslationException {
            int n = intValue(length);
            if (n < 0 || n > MAX_ARRAY || !layout.hasType(type.getDescriptor())) {
                throw new NotFoldable();
            }
            Object[] elements = new Object[n];
            java.util.Arrays.fill(
                    elements, zero(Type.getType(type.getDescriptor().substring(1))));
            return make(type, elements);
        }

        private Built make(Type arrayType, Object[] elements) throws TranslationException {
            Built b = new Built(layout.symbol(c.name) + "_built" + made.size(), arrayType, elements);
            made.add(b);
            return b;
        }

        private boolean isSuperOrSelf(String owner) throws TranslationException {
            for (String s = c.name; s != null; s = world.get(s).superName) {
                if (s.equals(owner)) {
                    return true;
                }
            }
            return false;
        }

        /** The class of the instance chain that declares the field a putfield names, or {@code null}. */
        private String declaringClass(FieldInsnNode f) throws TranslationException {
            if (!isSuperOrSelf(f.owner)) {
                return null;
            }
            for (String s = f.owner; s != null; s = world.get(s).superName) {
                if (declares(world.get(s), f.name, f.desc, false)) {
                    return s;
                }
            }
            return null;
        }

        /** A value of the field's type: a primitive of its kind, or null, a literal, a Class or an object made here. */
        private Object checked(Object v, String desc) throws NotFoldable {
            boolean ok =
                    switch (Names.kind(Type.getType(desc))) {
                        case 'i' -> v instanceof Integer;
                        case 'j' -> v instanceof Long;
                        case 'f' -> v instanceof Float;
                        case 'd' -> v instanceof Double;
                        default -> v == NULL || v instanceof String || v instanceof Built || v instanceof ClassLiteral;
                    };
            if (!ok) {
                throw new NotFoldable();
            }
            return v;
        }
    }

    private static boolean declares(ClassNode c, String name, String desc, boolean isStatic) {
        for (FieldNode f : c.fields) {
            if (f.name.equals(name) && f.desc.equals(desc) && ((f.access & Opcodes.ACC_STATIC) != 0) == isStatic) {
                return true;
            }
        }
        return false;
    }

    /** The Class object of {@code t}, if the program has its descriptor. */
    private ClassLiteral classLiteral(Type t) throws NotFoldable, TranslationException {
        String type = t.getSort() == Type.OBJECT ? t.getInternalName() : t.getDescriptor();
        if (!layout.hasType(type)) {
            throw new NotFoldable();
        }
        return new ClassLiteral(t, layout.symbol(type)); // a descriptor is its Class object (MemoryEmitter.ldc)
    }

    /** An ldc's value: a number, a string literal or a class literal. */
    private Object constant(Object cst) throws NotFoldable, TranslationException {
        if (cst instanceof Integer
                || cst instanceof Long
                || cst instanceof Float
                || cst instanceof Double
                || cst instanceof String) {
            return cst;
        }
        if (cst instanceof Type t && (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY)) {
            return classLiteral(t);
        }
        throw new NotFoldable(); // a method type, a method handle or a dynamic constant
    }

    private static Object zero(Type t) {
        return switch (Names.kind(t)) {
            case 'i' -> 0;
            case 'j' -> 0L;
            case 'f' -> 0f;
            case 'd' -> 0d;
            default -> NULL;
        };
    }

    private static Object pop(List<Object> stack) throws NotFoldable {
        if (stack.isEmpty()) {
            throw new NotFoldable();
        }
        return stack.removeLast();
    }

    private static Object peek(List<Object> stack) throws NotFoldable {
        if (stack.isEmpty()) {
            throw new NotFoldable();
        }
        return stack.getLast();
    }

    private static int intValue(Object v) throws NotFoldable {
        if (v instanceof Integer i) {
            return i;
        }
        throw new NotFoldable();
    }
}
