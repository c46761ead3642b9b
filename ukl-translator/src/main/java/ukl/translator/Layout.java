package ukl.translator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    static final int CLASS_JFIELDS = 104;
    static final int CLASS_JFIELD_BYTES = 32;
    static final String PRIMITIVES = "ZBCSIJFDV";

    final World world;
    final List<String> types = new ArrayList<>();
    private final Map<String, String> symbols = new HashMap<>();
    private final Map<String, Integer> typeIds = new HashMap<>();
    private final Map<String, Integer> fieldOffsets = new HashMap<>();
    private final Map<String, String> staticSymbols = new HashMap<>();
    final Map<String, Integer> instanceSize = new HashMap<>();
    final Map<String, List<String>> vtableKeys = new HashMap<>();
    final Map<String, Integer> selectors = new TreeMap<>();
    private final Map<String, List<String>> subclasses = new HashMap<>();
    final List<World.Method> methods = new ArrayList<>();
    private final Map<MethodNode, Integer> methodIds = new HashMap<>();
    private final Map<String, Set<World.Method>> targetCache = new HashMap<>();

    Layout(World world) throws TranslationException {
        this.world = world;
        for (char p : PRIMITIVES.toCharArray()) {
            types.add(String.valueOf(p));
        }
        Set<String> arrays = new TreeSet<>(List.of("[I", "[C", "[B", "[Z", "[S", "[J", "[F", "[D", "[Ljava/lang/Object;"));
        for (ClassNode c : world.classes()) {
            types.add(c.name);
            if (c.superName != null) {
                subclasses.computeIfAbsent(c.superName, k -> new ArrayList<>()).add(c.name);
            }
            for (MethodNode m : c.methods) {
                methodIds.put(m, methods.size());
                methods.add(new World.Method(c, m));
                collectArrays(m, arrays);
            }
        }
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
        types.addAll(all);
        for (String t : types) {
            typeIds.put(t, typeIds.size());
            symbols.put(t, "cls" + symbols.size() + "_" + Names.sanitize(t.startsWith("[") ? t.replace("[", "A") : t));
        }
        for (ClassNode c : world.classes()) {
            layoutFields(c);
        }
        for (ClassNode c : world.classes()) {
            vtable(c);
        }
        colourSelectors();
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
            throw new TranslationException("type " + type + " has no descriptor (internal error: array type not collected)");
        }
        return s;
    }

    /** The descriptor symbol of the type an ASM Type names (object, array or primitive). */
    String symbol(Type t) throws TranslationException {
        return symbol(t.getSort() == Type.OBJECT ? t.getInternalName() : t.getDescriptor());
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
                staticSymbols.put(c.name + "." + f.name + ":" + f.desc,
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

    int fieldOffset(World.Field f) {
        return fieldOffsets.get(f.owner().name + "." + f.node().name + ":" + f.node().desc);
    }

    String staticSymbol(World.Field f) {
        return staticSymbols.get(f.owner().name + "." + f.node().name + ":" + f.node().desc);
    }

    /** Offsets of every reference field of an instance of {@code c}, superclasses first (GC map). */
    List<Integer> referenceOffsets(ClassNode c) throws TranslationException {
        List<Integer> out = new ArrayList<>();
        for (ClassNode k : world.chain(c.name)) {
            for (FieldNode f : k.fields) {
                int sort = Type.getType(f.desc).getSort();
                if ((f.access & Opcodes.ACC_STATIC) == 0 && (sort == Type.OBJECT || sort == Type.ARRAY)) {
                    out.add(fieldOffset(new World.Field(k, f)));
                }
            }
        }
        return out;
    }

    // ---- methods ----

    int methodId(World.Method m) {
        return methodIds.get(m.node());
    }

    String methodSymbol(World.Method m) {
        String name = m.node().name.replace("<", "").replace(">", "");
        return "m" + methodId(m) + "_" + Names.sanitize(m.owner().name + "_" + name);
    }

    static boolean isVirtual(MethodNode m) {
        return (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0 && !m.name.startsWith("<");
    }

    private List<String> vtable(ClassNode c) throws TranslationException {
        List<String> keys = vtableKeys.get(c.name);
        if (keys != null) {
            return keys;
        }
        keys = new ArrayList<>();
        if (!World.isInterface(c)) {
            if (c.superName != null) {
                keys.addAll(vtable(world.get(c.superName)));
            }
            Set<String> present = new LinkedHashSet<>(keys);
            for (MethodNode m : c.methods) {
                if (isVirtual(m) && present.add(m.name + m.desc)) {
                    keys.add(m.name + m.desc);
                }
            }
            for (String i : world.allInterfaces(c.name)) {
                for (MethodNode m : world.get(i).methods) {
                    if (isVirtual(m) && present.add(m.name + m.desc)) {
                        keys.add(m.name + m.desc);
                    }
                }
            }
        }
        vtableKeys.put(c.name, keys);
        return keys;
    }

    int slot(String cls, String key) {
        return vtableKeys.get(cls.startsWith("[") ? "java/lang/Object" : cls).indexOf(key);
    }

    /** The implementation a receiver of exactly class {@code cls} runs for {@code key}, or null (abstract). */
    World.Method implementation(String cls, String key) throws TranslationException {
        int paren = key.indexOf('(');
        return world.select(cls.startsWith("[") ? "java/lang/Object" : cls, key.substring(0, paren), key.substring(paren));
    }

    /**
     * Every implementation a call of {@code key} on a receiver statically typed {@code cls} can
     * reach in the closed world; one element means the call can be direct (devirtualised).
     */
    Set<World.Method> targets(String cls, String key) throws TranslationException {
        String cacheKey = cls + " " + key;
        Set<World.Method> cached = targetCache.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        Set<World.Method> out = new LinkedHashSet<>();
        for (ClassNode c : world.classes()) {
            if ((c.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) == 0 && world.isSubtype(c.name, cls)) {
                World.Method m = implementation(c.name, key);
                out.add(m);
            }
        }
        targetCache.put(cacheKey, out);
        return out;
    }

    /**
     * The methods an invoke instruction can run (JVMS §5.4.6): the resolved method itself for
     * invokestatic, invokespecial, private and final methods, else every selection over the
     * closed world's concrete receiver classes (a null element stands for an abstract one).
     */
    Set<World.Method> callTargets(MethodInsnNode insn) throws TranslationException {
        World.Method resolved = world.resolveMethod(insn.owner, insn.name, insn.desc);
        int op = insn.getOpcode();
        if (op == Opcodes.INVOKESTATIC || op == Opcodes.INVOKESPECIAL || !isVirtual(resolved.node())
                || (resolved.node().access & Opcodes.ACC_FINAL) != 0) {
            return Set.of(resolved);
        }
        return targets(insn.owner.startsWith("[") ? "java/lang/Object" : insn.owner, insn.name + insn.desc);
    }

    // ---- interface selectors ----

    static String selectorKey(World.Method m) {
        return m.owner().name + "." + m.node().name + m.node().desc;
    }

    private List<String> selectorsOf(ClassNode c) throws TranslationException {
        List<String> out = new ArrayList<>();
        for (String i : world.allInterfaces(c.name)) {
            for (MethodNode m : world.get(i).methods) {
                if (isVirtual(m)) {
                    out.add(i + "." + m.name + m.desc);
                }
            }
        }
        return out;
    }

    private void colourSelectors() throws TranslationException {
        Map<String, Set<String>> conflicts = new TreeMap<>();
        for (ClassNode c : world.classes()) {
            List<String> sel = selectorsOf(c);
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
    List<World.Method> itable(ClassNode c) throws TranslationException {
        Map<Integer, World.Method> byColour = new LinkedHashMap<>();
        int max = -1;
        for (String s : selectorsOf(c)) {
            int colour = selectors.get(s);
            int dot = s.lastIndexOf('.', s.indexOf('('));
            byColour.put(colour, implementation(c.name, s.substring(dot + 1)));
            max = Math.max(max, colour);
        }
        List<World.Method> out = new ArrayList<>();
        for (int i = 0; i <= max; i++) {
            out.add(byColour.get(i));
        }
        return out;
    }
}
