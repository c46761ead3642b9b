package ukl.translator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import ukl.classmodel.ClassWorld;
import ukl.classmodel.FieldRef;
import ukl.classmodel.MethodRef;

/**
 * Decides the shape of everything at run time: type ids and descriptor symbols, instance field
 * offsets, vtables, interface selectors (itables) and method names. Pure function of the world.
 *
 * <p>Interface dispatch uses selector colouring: every interface method is a selector, two
 * selectors that some class implements together get different colours, and each class has an
 * itable indexed by colour. A call is then two loads and an indirect call, as a virtual call, and
 * the tables stay small because the closed world knows every class (cf. TeaVM, SubstrateVM).
 */
final class Layout {
    /** Header of every object: class pointer and GC word (ukl_object.h). */
    static final int HEADER = 16;
    /** offsetof(ukl_class, jfields) and its capacity (ukl_object.h). */
    static final int CLASS_JFIELDS = 120;

    static final int CLASS_JFIELD_BYTES = 32;
    static final String PRIMITIVES = "ZBCSIJFDV";
    /** The types an array is an instance of (JLS §4.10.3), besides arrays. */
    private static final Set<String> ARRAY_SUPERTYPES =
            Set.of(ClassWorld.OBJECT, "java/lang/Cloneable", "java/io/Serializable");

    final World world;
    final List<String> types = new ArrayList<>();
    /**
     * How many of {@link #types} are the platform's: the primitives, the platform's classes and the
     * array types its code names; the application's classes and new array types come after them.
     */
    final int platformTypes;

    private final Map<String, String> symbols = new HashMap<>();
    private final Map<String, Integer> typeIds = new HashMap<>();
    private final Map<String, Integer> fieldOffsets = new HashMap<>();
    private final Map<String, String> staticSymbols = new HashMap<>();
    final Map<String, Integer> instanceSize = new HashMap<>();
    /** Each class's vtable: per slot, the method that introduced it (a call on the slot runs its selection). */
    final Map<String, List<MethodRef>> vtables = new HashMap<>();

    final Map<String, Integer> selectors = new TreeMap<>();
    final List<MethodRef> methods = new ArrayList<>();
    private final Map<MethodNode, Integer> methodIds = new HashMap<>();
    private List<String> methodSymbols;
    private final Map<String, List<String>> concreteSubtypes = new HashMap<>();
    private final Map<String, Set<MethodRef>> targetCache = new HashMap<>();
    private final Map<String, Integer> slotCache = new HashMap<>();

    Layout(World world) throws TranslationException {
        this.world = world;
        for (char p : PRIMITIVES.toCharArray()) {
            types.add(String.valueOf(p));
        }
        // The platform's array types before the application's (World: platform numbers first).
        Set<String> arrays =
                new TreeSet<>(List.of("[I", "[C", "[B", "[Z", "[S", "[J", "[F", "[D", "[Ljava/lang/Object;"));
        Set<String> applicationArrays = new TreeSet<>();
        List<ClassNode> application = new ArrayList<>();
        for (ClassNode c : world.classes()) {
            if (world.isApplication(c.name)) {
                application.add(c);
                continue;
            }
            addClass(c, arrays);
        }
        Set<String> all = arrayTypes(arrays);
        types.addAll(all);
        platformTypes = types.size();
        for (ClassNode c : application) {
            addClass(c, applicationArrays);
        }
        Set<String> applicationAll = arrayTypes(applicationArrays);
        applicationAll.removeAll(all);
        types.addAll(applicationAll);
        for (String t : types) {
            typeIds.put(t, typeIds.size());
            symbols.put(t, "cls" + symbols.size() + "_" + Names.sanitize(t.startsWith("[") ? t.replace("[", "A") : t));
        }
        for (ClassNode c : world.classes()) {
            layoutFields(c);
        }
        checkReferenceLayout();
        for (ClassNode c : world.classes()) {
            vtable(c);
        }
        colourSelectors();
    }

    private void addClass(ClassNode c, Set<String> arrays) {
        types.add(c.name);
        for (MethodNode m : c.methods) {
            methodIds.put(m, methods.size());
            methods.add(new MethodRef(c, m));
            collectArrays(m, arrays);
        }
    }

    /** The array types named, with their component array types, whose element classes the world has. */
    private Set<String> arrayTypes(Set<String> arrays) {
        Set<String> all = new TreeSet<>();
        for (String a : arrays) {
            for (String t = a; t.startsWith("["); t = t.substring(1)) {
                String elem = t.substring(1);
                if (elem.startsWith("L") && !world.has(elem.substring(1, elem.length() - 1))) {
                    break;
                }
                all.add(t);
            }
        }
        return all;
    }

    private static void collectArrays(MethodNode m, Set<String> arrays) {
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof TypeInsnNode t && i.getOpcode() == Opcodes.ANEWARRAY) {
                arrays.add("[" + Type.getObjectType(t.desc).getDescriptor());
            } else if (i instanceof TypeInsnNode t && t.desc.startsWith("[")) {
                arrays.add(t.desc);
            } else if (i instanceof MultiANewArrayInsnNode t) {
                arrays.add(t.desc);
            } else if (i instanceof IntInsnNode n && i.getOpcode() == Opcodes.NEWARRAY) {
                arrays.add("[" + "ZCFDBSIJ".charAt(n.operand - Opcodes.T_BOOLEAN));
            } else if (i instanceof LdcInsnNode l && l.cst instanceof Type t && t.getSort() == Type.ARRAY) {
                arrays.add(t.getDescriptor());
            }
        }
    }

    /** The descriptor symbol of a type: a primitive letter, an internal class name or an array descriptor. */
    String symbol(String type) throws TranslationException {
        String s = symbols.get(type);
        if (s == null) {
            world.get(type);
            throw new TranslationException(
                    "type " + type + " has no descriptor (internal error: array type not collected)");
        }
        return s;
    }

    /** The descriptor symbol of the type an ASM Type names (object, array or primitive). */
    String symbol(Type t) throws TranslationException {
        return symbol(t.getSort() == Type.OBJECT ? t.getInternalName() : t.getDescriptor());
    }

    /** Whether the program has a descriptor for {@code type} (an array type only if some code names it). */
    boolean hasType(String type) {
        return symbols.containsKey(type);
    }

    int typeId(String type) {
        return typeIds.get(type);
    }

    // ---- fields ----

    private void layoutFields(ClassNode c) throws TranslationException {
        if (instanceSize.containsKey(c.name)) {
            return;
        }
        int start = HEADER;
        if (c.superName != null) {
            layoutFields(world.get(c.superName));
            start = instanceSize.get(c.superName);
        }
        if (c.name.equals("java/lang/Class")) {
            start = CLASS_JFIELDS;
        }
        List<FieldNode> fields = new ArrayList<>();
        for (FieldNode f : c.fields) {
            if ((f.access & Opcodes.ACC_STATIC) != 0) {
                staticSymbols.put(
                        c.name + "." + f.name + ":" + f.desc,
                        "sf" + staticSymbols.size() + "_" + Names.sanitize(c.name + "_" + f.name));
            } else {
                fields.add(f);
            }
        }
        fields.sort((a, b) -> Names.size(Type.getType(b.desc)) - Names.size(Type.getType(a.desc)));
        int offset = start;
        for (FieldNode f : fields) {
            int size = Names.size(Type.getType(f.desc));
            offset = (offset + size - 1) / size * size;
            fieldOffsets.put(c.name + "." + f.name + ":" + f.desc, offset);
            offset += size;
        }
        if (c.name.equals("java/lang/Class") && offset > CLASS_JFIELDS + CLASS_JFIELD_BYTES) {
            throw new TranslationException("class java.lang.Class declares " + (offset - CLASS_JFIELDS)
                    + " bytes of instance fields, but class descriptors reserve " + CLASS_JFIELD_BYTES
                    + ": raise UKL_CLASS_JFIELD_BYTES in ukl_object.h and Layout.CLASS_JFIELD_BYTES together");
        }
        instanceSize.put(c.name, (offset + 7) / 8 * 8);
    }

    int fieldOffset(FieldRef f) {
        return fieldOffsets.get(f.owner().name + "." + f.node().name + ":" + f.node().desc);
    }

    String staticSymbol(FieldRef f) {
        return staticSymbols.get(f.owner().name + "." + f.node().name + ":" + f.node().desc);
    }

    /** Offsets of every reference field of an instance of {@code c}, superclasses first (GC map). */
    List<Integer> referenceOffsets(ClassNode c) throws TranslationException {
        List<Integer> out = new ArrayList<>();
        for (ClassNode k : world.model.superclasses(c.name).reversed()) {
            for (FieldNode f : k.fields) {
                int sort = Type.getType(f.desc).getSort();
                if ((f.access & Opcodes.ACC_STATIC) == 0
                        && (sort == Type.OBJECT || sort == Type.ARRAY)
                        && !(k.name.equals(REFERENCE) && UNTRACED.contains(f.name))) {
                    out.add(fieldOffset(new FieldRef(k, f)));
                }
            }
        }
        return out;
    }

    static final String REFERENCE = "java/lang/ref/Reference";
    /** Reference's fields the collector handles itself (ukl_object.h's ukl_reference). */
    private static final List<String> UNTRACED = List.of("referent", "discovered");
    /** ukl_reference: Reference's first fields, at these offsets, in this order. */
    private static final List<String> REFERENCE_FIELDS = List.of(
            "referent:Ljava/lang/Object;",
            "discovered:Ljava/lang/ref/Reference;",
            "queue:Ljava/lang/ref/ReferenceQueue;");

    /** Checks that java.lang.ref.Reference is laid out as ukl_reference, so the collector reads the right words. */
    private void checkReferenceLayout() throws TranslationException {
        if (!world.has(REFERENCE)) {
            return;
        }
        for (int i = 0; i < REFERENCE_FIELDS.size(); i++) {
            Integer offset = fieldOffsets.get(REFERENCE + "." + REFERENCE_FIELDS.get(i));
            if (offset == null || offset != HEADER + 8 * i) {
                throw new TranslationException("java.lang.ref.Reference must declare " + REFERENCE_FIELDS
                        + " as its first instance fields (ukl_reference in ukl_object.h), but "
                        + REFERENCE_FIELDS.get(i) + " is at " + offset
                        + ": keep them first, or change ukl_reference, ukl_gc.h and Layout together");
            }
        }
    }

    // ---- methods ----

    int methodId(MethodRef m) {
        return methodIds.get(m.node());
    }

    /**
     * A method's C function: {@code m_<class>_<method>} with every character that C does not take
     * in a name as {@code _} (so gdb breaks on {@code m_echo_EchoServer_handle}), and
     * {@code __<method id>} after it when another method has the same name (overloads).
     */
    String methodSymbol(MethodRef m) {
        if (methodSymbols == null) {
            methodSymbols = methodSymbols();
        }
        return methodSymbols.get(methodId(m));
    }

    private List<String> methodSymbols() {
        Map<String, Integer> uses = new HashMap<>();
        List<String> bases = new ArrayList<>(methods.size());
        for (MethodRef m : methods) {
            String base = Translator.functionName(m.owner().name, m.node().name);
            bases.add(base);
            uses.merge(base, 1, Integer::sum);
        }
        List<String> symbols = new ArrayList<>(methods.size());
        for (int id = 0; id < bases.size(); id++) {
            String base = bases.get(id);
            symbols.add(uses.get(base) == 1 ? base : base + "__" + id);
        }
        return symbols;
    }

    static boolean isVirtual(MethodNode m) {
        return (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0 && !m.name.startsWith("<");
    }

    /**
     * The slots of {@code c}'s vtable, each named by the method that introduced it: its
     * superclass's, then one for each virtual method that shares none of them (JVMS §5.4.5: a
     * package-private method of another package is not overridden, so a method of the same name
     * may need a slot of its own), then one for each interface method whose name and descriptor no
     * slot has yet. A call runs, on a receiver of class X, the entry {@code select(X, slot)}.
     */
    private List<MethodRef> vtable(ClassNode c) throws TranslationException {
        List<MethodRef> slots = vtables.get(c.name);
        if (slots != null) {
            return slots;
        }
        slots = new ArrayList<>();
        if (!ClassWorld.isInterface(c)) {
            if (c.superName != null) {
                slots.addAll(vtable(world.get(c.superName)));
            }
            List<MethodRef> inherited = List.copyOf(slots);
            for (MethodNode m : c.methods) {
                MethodRef own = new MethodRef(c, m);
                if (isVirtual(m) && inherited.stream().noneMatch(slot -> sharesSlot(own, slot))) {
                    slots.add(own);
                }
            }
            Set<String> keys = new HashSet<>();
            slots.forEach(slot -> keys.add(slot.node().name + slot.node().desc));
            for (String i : world.model.allInterfaces(c.name)) {
                for (MethodNode m : world.get(i).methods) {
                    if (isVirtual(m) && keys.add(m.name + m.desc)) {
                        slots.add(new MethodRef(world.get(i), m));
                    }
                }
            }
        }
        vtables.put(c.name, slots);
        return slots;
    }

    /**
     * Whether a call resolved to {@code m} may use {@code slot}: it is m's own, or m overrides it
     * (JVMS §5.4.5) and on every concrete subclass of m's class selecting either gives the same
     * method. When both are public or protected that holds without looking (whatever overrides one
     * overrides the other); a package-private one may be overridden by fewer classes.
     */
    private boolean sharesSlot(MethodRef m, MethodRef slot) {
        if (slot.equals(m)) {
            return true;
        }
        if (!world.resolver.canOverride(m, slot)) {
            return false;
        }
        int visible = Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED;
        if ((m.node().access & visible) != 0 && (slot.node().access & visible) != 0) {
            return true;
        }
        for (String c : concreteSubtypes(m.owner().name)) {
            if (!Objects.equals(implementation(c, m), implementation(c, slot))) {
                return false;
            }
        }
        return true;
    }

    /** The vtable slot a call resolved to {@code resolved} (a class's method) loads on a {@code cls}, or -1. */
    int slot(String cls, MethodRef resolved) {
        String owner = cls.startsWith("[") ? ClassWorld.OBJECT : cls;
        String cacheKey = owner + " " + selectorKey(resolved);
        Integer known = slotCache.get(cacheKey);
        if (known != null) {
            return known;
        }
        List<MethodRef> slots = vtables.get(owner);
        for (int i = 0; i < slots.size(); i++) {
            if (sharesSlot(resolved, slots.get(i))) {
                slotCache.put(cacheKey, i);
                return i;
            }
        }
        return -1;
    }

    /** What a receiver of exactly class {@code cls} runs for {@code resolved} (JVMS §5.4.6), or null (abstract). */
    MethodRef implementation(String cls, MethodRef resolved) {
        return world.resolver.select(cls, resolved).orElse(null);
    }

    /**
     * The C test that {@code ref}, a {@code ukl_obj *} known not to be null, is an instance of the class or
     * interface {@code type}, by what the closed world knows of it: a comparison with the one class
     * that can have such instances; the class's slot in its instance's display (Cohen's test, at
     * the depth the translator knows); a scan of the interfaces its instance's class lists; the
     * runtime's general test only where arrays may be instances too.
     */
    String instanceTest(String ref, String type) throws TranslationException {
        String cls = ref + "->cls";
        String t = "&" + symbol(type);
        if (type.startsWith("[") || ARRAY_SUPERTYPES.contains(type)) {
            return "ukl_is_subclass(" + cls + ", " + t + ")";
        }
        List<String> concrete = concreteSubtypes(type);
        if (concrete.size() == 1) {
            return cls + " == &" + symbol(concrete.get(0));
        }
        if (ClassWorld.isInterface(world.get(type))) {
            return "ukl_implements(" + cls + ", " + t + ")";
        }
        return "ukl_extends(" + cls + ", " + t + ", "
                + (world.model.superclasses(type).size() - 1) + ")";
    }

    /** The classes in the world that can be instantiated and are {@code cls} or its subtypes, in name order. */
    private List<String> concreteSubtypes(String cls) {
        List<String> known = concreteSubtypes.get(cls);
        if (known == null) {
            known = new ArrayList<>();
            for (ClassNode c : world.classes()) {
                boolean concrete = (c.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) == 0;
                if (concrete && world.model.isSubtype(c.name, cls)) {
                    known.add(c.name);
                }
            }
            concreteSubtypes.put(cls, known);
        }
        return known;
    }

    /**
     * Every implementation a call resolved to {@code resolved} on a receiver statically typed
     * {@code cls} can reach in the closed world; one element means the call can be direct
     * (devirtualised), a null element stands for an abstract one.
     */
    Set<MethodRef> targets(String cls, MethodRef resolved) {
        String cacheKey = cls + " " + selectorKey(resolved);
        Set<MethodRef> cached = targetCache.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        Set<MethodRef> out = new LinkedHashSet<>();
        for (String c : concreteSubtypes(cls)) {
            out.add(implementation(c, resolved));
        }
        targetCache.put(cacheKey, out);
        return out;
    }

    /**
     * The methods an invoke instruction in class {@code current} can run: the resolved method
     * itself for invokestatic, private and final methods; for invokespecial the method JVMS §6.5
     * selects (a super call runs the direct superclass's); else every selection (§5.4.6) over the
     * closed world's concrete receiver classes (a null element stands for an abstract one).
     */
    Set<MethodRef> callTargets(MethodInsnNode insn, String current) throws TranslationException {
        MethodRef resolved = world.resolveMethod(insn.owner, insn.name, insn.desc);
        int op = insn.getOpcode();
        if (op == Opcodes.INVOKESPECIAL) {
            return world.resolver
                    .selectSpecial(current, insn.owner, resolved)
                    .map(Set::of)
                    .orElse(Set.of());
        }
        boolean isFinal = (resolved.node().access & Opcodes.ACC_FINAL) != 0;
        if (op == Opcodes.INVOKESTATIC || !isVirtual(resolved.node()) || isFinal) {
            return Set.of(resolved);
        }
        return targets(insn.owner.startsWith("[") ? ClassWorld.OBJECT : insn.owner, resolved);
    }

    // ---- interface selectors ----

    static String selectorKey(MethodRef m) {
        return m.owner().name + "." + m.node().name + m.node().desc;
    }

    /** Every interface method {@code c} implements: the selectors its itable has an entry for. */
    private List<MethodRef> selectorsOf(ClassNode c) throws TranslationException {
        List<MethodRef> out = new ArrayList<>();
        for (String i : world.model.allInterfaces(c.name)) {
            ClassNode ic = world.get(i);
            for (MethodNode m : ic.methods) {
                if (isVirtual(m)) {
                    out.add(new MethodRef(ic, m));
                }
            }
        }
        return out;
    }

    private void colourSelectors() throws TranslationException {
        Map<String, Set<String>> conflicts = new TreeMap<>();
        for (ClassNode c : world.classes()) {
            List<String> sel = selectorsOf(c).stream().map(Layout::selectorKey).toList();
            for (String s : sel) {
                conflicts.computeIfAbsent(s, k -> new TreeSet<>()).addAll(sel);
            }
        }
        for (Map.Entry<String, Set<String>> e : conflicts.entrySet()) {
            Set<Integer> used = new TreeSet<>();
            for (String other : e.getValue()) {
                Integer colour = selectors.get(other);
                if (colour != null) {
                    used.add(colour);
                }
            }
            int colour = 0;
            while (used.contains(colour)) {
                colour++;
            }
            selectors.put(e.getKey(), colour);
        }
    }

    /** The itable of a concrete class: colour → implementation (null entries unused or abstract). */
    List<MethodRef> itable(ClassNode c) throws TranslationException {
        Map<Integer, MethodRef> byColour = new LinkedHashMap<>();
        int max = -1;
        for (MethodRef s : selectorsOf(c)) {
            int colour = selectors.get(selectorKey(s));
            byColour.put(colour, implementation(c.name, s));
            max = Math.max(max, colour);
        }
        List<MethodRef> out = new ArrayList<>();
        for (int i = 0; i <= max; i++) {
            out.add(byColour.get(i));
        }
        return out;
    }
}
