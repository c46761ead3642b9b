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
 * Enum classes whose constants are built at build time (issue #12, items 4 and 6): the static
 * initialiser is run here, on a small interpreter, and its objects become static data, as string
 * literals are. The class then needs no initialisation at all: no initialiser in the image, and no
 * check of its state where it is used. At run time the initialiser built each constant with a call
 * of the allocator and of its constructor, a dozen translated blocks per constant under TCG
 * (NetStats.Counter's 49 constants were 350 of the echo server's 5,500 at boot, and 6.5 KB).
 *
 * <p>Only an initialiser that cannot be told from its result qualifies: straight-line code that
 * creates instances of its own class and arrays of them, with constants, through constructors of
 * the same kind (down to {@code Enum}'s and {@code Object}'s), and stores them in its own static
 * fields. Anything else (a branch, a call elsewhere, another class's field, a constant with a body
 * of its own) leaves the class to the usual initialisation. Every reference field of the class
 * must be final: the collector does not scan static data, so none may later point into the heap;
 * and no other code can make an enum's instances, so an array of them holds only static data.
 */
final class Preinitialized {
    /** An object the initialiser made: an instance of the class or an array of them. */
    private static final class Built {
        final String symbol;
        /** The instance fields' values by {@link #key}; absent ones are zero. */
        final Map<String, Object> fields = new HashMap<>();
        /** The elements of an array, or {@code null} for an instance. */
        final Object[] elements;

        Built(String symbol, Object[] elements) {
            this.symbol = symbol;
            this.elements = elements;
        }
    }

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
    /** Per folded class: its objects in the order made, then its static fields' values by {@link #key}. */
    private final Map<String, List<Built>> objects = new LinkedHashMap<>();

    private final Map<String, Map<String, Object>> statics = new HashMap<>();

    Preinitialized(World world, Layout layout) throws TranslationException {
        this.world = world;
        this.layout = layout;
        for (ClassNode c : world.classes()) {
            MethodNode clinit = ClassWorld.declaredMethod(c, "<clinit>", "()V");
            if (clinit != null && candidate(c)) {
                new Evaluation(c).run(clinit);
            }
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

    /** The definitions of the objects {@code c}'s initialiser made, if it was run at build time. */
    void emitObjects(StringBuilder out, ClassNode c, Literals literals) throws TranslationException {
        List<Built> built = objects.get(c.name);
        if (built == null) {
            return;
        }
        List<FieldRef> fields = instanceFields(c);
        fields.sort((a, b) -> layout.fieldOffset(a) - layout.fieldOffset(b));
        for (Built b : built) {
            if (b.elements == null) {
                emitInstance(out, c, fields, b, literals);
            } else {
                emitArray(out, c, b);
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

    private void emitArray(StringBuilder out, ClassNode c, Built b) throws TranslationException {
        out.append("static struct { ukl_array h; ukl_obj *d[")
                .append(Math.max(1, b.elements.length))
                .append("]; } ")
                .append(b.symbol)
                .append(" = { { { &")
                .append(layout.symbol("[L" + c.name + ";"))
                .append(", 0 }, ")
                .append(b.elements.length)
                .append(", 0 }, {");
        for (Object e : b.elements) {
            out.append(' ')
                    .append(e == null || e == NULL ? "0" : "(ukl_obj *) &" + ((Built) e).symbol)
                    .append(',');
        }
        out.append(" } };\n");
    }

    private static String cValue(Object v, Type t, Literals literals) {
        if (v == NULL) {
            return "0";
        }
        if (v instanceof Built b) {
            return "(ukl_obj *) &" + b.symbol;
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

    /** JVMS §6.5 putfield/putstatic: a boolean, byte, char or short field keeps the value's low bits. */
    private static int narrow(int v, Type t) {
        return switch (t.getSort()) {
            case Type.BOOLEAN -> v & 1;
            case Type.BYTE -> (byte) v;
            case Type.CHAR -> (char) v;
            case Type.SHORT -> (short) v;
            default -> v;
        };
    }

    /** An enum (no constant with a body: those are subclasses) whose reference fields are all final. */
    private boolean candidate(ClassNode c) throws TranslationException {
        if ((c.access & Opcodes.ACC_ENUM) == 0 || !"java/lang/Enum".equals(c.superName)) {
            return false;
        }
        for (String i : c.interfaces) {
            if (ClassWorld.declaredMethod(world.get(i), "<clinit>", "()V") != null) {
                return false; // an interface's initialiser may run with the class's (JVMS §5.5 step 7)
            }
        }
        for (FieldRef f : instanceFields(c)) {
            if (Names.kind(Type.getType(f.node().desc)) == 'a' && (f.node().access & Opcodes.ACC_FINAL) == 0) {
                return false;
            }
        }
        for (String s = c.superName; s != null; s = world.get(s).superName) {
            if (ClassWorld.declaredMethod(world.get(s), "<clinit>", "()V") != null) {
                return false;
            }
        }
        return true;
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
        private final List<Built> made = new ArrayList<>();
        private final Map<String, Object> staticValues = new HashMap<>();
        private int steps;

        Evaluation(ClassNode c) {
            this.c = c;
        }

        void run(MethodNode clinit) throws TranslationException {
            try {
                invoke(c, clinit, new Object[Math.max(1, clinit.maxLocals)], 0);
                if (!layout.hasType("[L" + c.name + ";") && made.stream().anyMatch(b -> b.elements != null)) {
                    return;
                }
                objects.put(c.name, made);
                statics.put(c.name, staticValues);
            } catch (NotFoldable e) {
                // the class keeps its initialiser
            }
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
                        if (!((TypeInsnNode) i).desc.equals(c.name)) {
                            throw new NotFoldable();
                        }
                        stack.add(make(null));
                    }
                    case Opcodes.ANEWARRAY -> {
                        int length = intValue(pop(stack));
                        if (!((TypeInsnNode) i).desc.equals(c.name) || length < 0 || length > MAX_ARRAY) {
                            throw new NotFoldable();
                        }
                        Object[] elements = new Object[length];
                        java.util.Arrays.fill(elements, NULL);
                        stack.add(make(elements));
                    }
                    case Opcodes.AASTORE -> {
                        Object value = pop(stack);
                        int index = intValue(pop(stack));
                        Object array = pop(stack);
                        if (!(array instanceof Built a)
                                || a.elements == null
                                || index < 0
                                || index >= a.elements.length
                                || !(value == NULL || value instanceof Built v && v.elements == null)) {
                            throw new NotFoldable();
                        }
                        a.elements[index] = value;
                    }
                    case Opcodes.GETSTATIC, Opcodes.PUTSTATIC -> {
                        FieldInsnNode f = (FieldInsnNode) i;
                        if (!f.owner.equals(c.name) || !declares(c, f.name, f.desc, true)) {
                            throw new NotFoldable();
                        }
                        String k = key(c.name, f.name, f.desc);
                        if (op == Opcodes.GETSTATIC) {
                            Object v = staticValues.get(k);
                            stack.add(v != null ? v : zero(Type.getType(f.desc)));
                        } else {
                            staticValues.put(k, checked(pop(stack), f.desc));
                        }
                    }
                    case Opcodes.PUTFIELD -> {
                        FieldInsnNode f = (FieldInsnNode) i;
                        Object value = checked(pop(stack), f.desc);
                        Object target = pop(stack);
                        String declaring = declaringClass(f);
                        if (!(target instanceof Built b) || b.elements != null || declaring == null) {
                            throw new NotFoldable();
                        }
                        b.fields.put(key(declaring, f.name, f.desc), value);
                    }
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
                Object receiver = pop(stack);
                if (!(receiver instanceof Built b) || b.elements != null) {
                    throw new NotFoldable();
                }
                locals[0] = receiver;
            }
            return invoke(owner, m, locals, depth + 1);
        }

        private Built make(Object[] elements) throws TranslationException {
            Built b = new Built(layout.symbol(c.name) + "_built" + made.size(), elements);
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

        /** A value of the field's type: a primitive of its kind, or null, a literal or an object made here. */
        private Object checked(Object v, String desc) throws NotFoldable {
            boolean ok =
                    switch (Names.kind(Type.getType(desc))) {
                        case 'i' -> v instanceof Integer;
                        case 'j' -> v instanceof Long;
                        case 'f' -> v instanceof Float;
                        case 'd' -> v instanceof Double;
                        default -> v == NULL || v instanceof String || v instanceof Built;
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

    private static Object constant(Object cst) throws NotFoldable {
        if (cst instanceof Integer
                || cst instanceof Long
                || cst instanceof Float
                || cst instanceof Double
                || cst instanceof String) {
            return cst;
        }
        throw new NotFoldable(); // a class literal, a method handle or a dynamic constant
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
