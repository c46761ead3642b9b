package ukl.translator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InnerClassNode;
import ukl.classmodel.ClassWorld;
import ukl.classmodel.FieldRef;
import ukl.classmodel.MethodRef;

/**
 * Emits the data the runtime reads: one {@code ukl_class} descriptor per type (which is also its
 * {@code java.lang.Class} object), static fields, and the method tables behind stack traces.
 */
final class Metadata {
    private final Program program;
    private final Layout layout;
    private final World world;

    Metadata(Program program) {
        this.program = program;
        this.layout = program.layout;
        this.world = program.world;
    }

    /** Every class's static fields, then the collector's roots ({@link #staticRoots}). */
    void staticFields(StringBuilder out) throws TranslationException {
        staticFields(out, world.classes());
        staticRoots(out);
    }

    /**
     * Static fields of {@code classes} as C globals, initialised from ConstantValue attributes (JVMS
     * §4.7.2) or with what an initialiser run at build time stored, after the objects it made.
     */
    void staticFields(StringBuilder out, Collection<ClassNode> classes) throws TranslationException {
        for (ClassNode c : classes) {
            program.preinitialized.emitObjects(out, c, program.literals);
            for (FieldNode f : c.fields) {
                if ((f.access & Opcodes.ACC_STATIC) == 0) {
                    continue;
                }
                Type t = Type.getType(f.desc);
                String sym = layout.staticSymbol(new FieldRef(c, f));
                String built = program.preinitialized.initialValue(new FieldRef(c, f), program.literals);
                String init = built != null ? built : constantValue(f);
                out.append(program.shared())
                        .append(Names.ctype(Names.kind(t)))
                        .append(Names.kind(t) == 'a' ? "" : " ")
                        .append(sym)
                        .append(" = ")
                        .append(init)
                        .append(";\n");
            }
        }
    }

    /** A static field's ConstantValue attribute as C (JVMS §4.7.2), or zero. */
    private String constantValue(FieldNode f) {
        return switch (f.value) {
            case Integer i -> Names.intLiteral(i);
            case Long l -> Names.longLiteral(l);
            case Float v -> Names.floatLiteral(v);
            case Double v -> Names.doubleLiteral(v);
            case String s -> program.literals.ref(s);
            case null, default -> "0";
        };
    }

    /** The collector's roots: every static reference field of the program and every descriptor's. */
    void staticRoots(StringBuilder out) throws TranslationException {
        List<String> roots = new ArrayList<>();
        for (ClassNode c : world.classes()) {
            for (FieldNode f : c.fields) {
                if ((f.access & Opcodes.ACC_STATIC) != 0 && Names.kind(Type.getType(f.desc)) == 'a') {
                    roots.add(layout.staticSymbol(new FieldRef(c, f)));
                }
            }
        }
        // The collector's exact roots (DESIGN.md: statics as exact roots), read by ukl_runtime.h:
        // static reference fields, then java.lang.Class's own reference fields in every descriptor.
        out.append("ukl_obj **const ukl_static_roots[] = {");
        for (String r : roots) {
            out.append("\n    &").append(r).append(',');
        }
        if (world.has("java/lang/Class")) {
            for (int offset : layout.referenceOffsets(world.get("java/lang/Class"))) {
                for (String t : layout.types) {
                    out.append("\n    (ukl_obj **) ((char *) &")
                            .append(layout.symbol(t))
                            .append(" + ")
                            .append(offset)
                            .append("),");
                }
            }
        }
        out.append(" 0 };\n");
    }

    /**
     * Method id → class, method name and source file, for Throwable's natives (contracts §4), the
     * panic's Java stack and the scheduler's kernel test, read through {@code ukl_method_class} and
     * {@code ukl_method_text} (ukl_runtime.h). Per method, three indexes: into the table of the
     * distinct classes' descriptors (whose names Class.getName makes Strings of), and into one pool
     * of the distinct method and file names in modified UTF-8, each ended by a NUL (offset 0 is
     * "none": the pool starts with an unused NUL), that Throwable makes Strings of on demand. The
     * indexes are 16-bit while the tables fit (32-bit beyond): as three pointers per method the
     * tables took 36 KB of the echo server's image, and one symbol per text cost gcc's 32-byte
     * alignment of each (7 KB); as String literals the texts took 57 KB, as UTF-16 22 KB.
     */
    void methodTables(StringBuilder out) throws TranslationException {
        Map<String, Integer> classes = new LinkedHashMap<>();
        Map<String, Integer> texts = new LinkedHashMap<>();
        StringBuilder pool = new StringBuilder("\n    \"\\0\" /* none */");
        int poolLength = 1;
        int[][] index = new int[3][layout.methods.size()];
        int i = 0;
        for (MethodRef m : layout.methods) {
            index[0][i] = classes.computeIfAbsent(layout.symbol(m.owner().name), k -> classes.size());
            for (int which = 0; which < 2; which++) {
                String s = which == 0 ? m.node().name : m.owner().sourceFile;
                if (s == null) {
                    index[1 + which][i] = 0;
                    continue;
                }
                Integer known = texts.get(s);
                if (known == null) {
                    byte[] bytes = text(s, m);
                    known = poolLength;
                    texts.put(s, known);
                    // every text's own NUL: C adds one only after the last
                    pool.append("\n    ").append(Names.cBytes(bytes)).append(" \"\\0\"");
                    poolLength += bytes.length + 1;
                }
                index[1 + which][i] = known;
            }
            i++;
        }
        String shared = program.shared();
        out.append("#define UKL_METHOD_COUNT ").append(layout.methods.size()).append("u\n");
        out.append("static const ukl_class *const ukl_method_classes[] = {");
        for (String c : classes.keySet()) {
            out.append("\n    &").append(c).append(',');
        }
        out.append(" 0 };\n");
        out.append("static const char ukl_method_texts[] = ").append(pool).append(";\n");
        String[] names = {"ukl_method_class", "ukl_method_name", "ukl_method_file"};
        int[] ranges = {classes.size(), poolLength, poolLength};
        for (int t = 0; t < 3; t++) {
            out.append("static const ")
                    .append(ranges[t] <= 0x10000 ? "uint16_t " : "uint32_t ")
                    .append(names[t])
                    .append("_index[] = {");
            for (int m = 0; m < index[t].length; m++) {
                out.append(m % 16 == 0 ? "\n    " : " ").append(index[t][m]).append(',');
            }
            out.append(" 0 };\n");
        }
        out.append(shared)
                .append("const ukl_class *ukl_method_class(uint32_t method) {\n")
                .append(
                        "    return method < UKL_METHOD_COUNT ? ukl_method_classes[ukl_method_class_index[method]] : 0;\n}\n")
                .append(shared)
                .append("const char *ukl_method_text(uint32_t method, int32_t which) {\n")
                .append("    uint32_t at = method >= UKL_METHOD_COUNT ? 0 : which == 0 ? ukl_method_name_index[method]")
                .append(" : ukl_method_file_index[method];\n")
                .append("    return at ? ukl_method_texts + at : 0;\n}\n\n");
    }

    /** {@code s}, a method's name or source file, in modified UTF-8, checked against a stack trace text's limit. */
    private static byte[] text(String s, MethodRef m) throws TranslationException {
        try {
            return Names.modifiedUtf8(s);
        } catch (IllegalArgumentException e) {
            throw new TranslationException(m.owner().name + "." + m.node().name + ": a name or source file of "
                    + s.length() + " characters; a stack trace's texts are at most 65,535 bytes in modified UTF-8"
                    + " (a class file's limit)");
        }
    }

    /** Every type's descriptor. */
    void descriptors(StringBuilder out) throws TranslationException {
        descriptors(out, layout.types);
    }

    /** The descriptors of {@code of}, some of the program's types. */
    void descriptors(StringBuilder out, List<String> of) throws TranslationException {
        String classClass = world.has("java/lang/Class") ? "&" + layout.symbol("java/lang/Class") : "0";
        Set<String> types = new HashSet<>(layout.types);
        for (String t : of) {
            // reflect.Array.newInstance finds T[] from T: only array classes the image has can be made
            String arrayType = t.length() == 1 || t.startsWith("[") ? "[" + t : "[L" + t + ";";
            String sym = layout.symbol(t);
            Descriptor d =
                    t.length() == 1 ? primitive(t) : t.startsWith("[") ? array(t) : object(world.get(t), sym, out);
            if (d.display != null) {
                out.append("static const ukl_class *const ")
                        .append(sym)
                        .append("_display[] = { ")
                        .append(d.display)
                        .append(" };\n");
            }
            if (!d.interfaces.isEmpty()) {
                out.append("static const ukl_class *const ")
                        .append(sym)
                        .append("_interfaces[] = { ")
                        .append(String.join(", ", d.interfaces))
                        .append(" };\n");
            }
            out.append("static const int32_t ").append(sym).append("_refs[] = { ");
            for (int r : d.refs) {
                out.append(r).append(", ");
            }
            out.append("-1 };\n");
            // byte-aligned: a name of 16 bytes or more would otherwise take the psABI's 16
            out.append("static const char ")
                    .append(sym)
                    .append("_name[] __attribute__((aligned(1))) = ")
                    .append(Names.cBytes(Names.modifiedUtf8(d.name)))
                    .append(";\n");
            out.append(program.shared()).append("ukl_class ").append(sym).append(" = {\n");
            out.append("    .hdr = { ").append(classClass).append(", 0 },\n");
            out.append("    .name = ").append(sym).append("_name,\n");
            out.append("    .super = ")
                    .append(d.superSym == null ? "0" : "&" + d.superSym)
                    .append(",\n");
            out.append("    .component = ")
                    .append(d.component == null ? "0" : "&" + d.component)
                    .append(",\n");
            out.append("    .array = ")
                    .append(types.contains(arrayType) ? "&" + layout.symbol(arrayType) : "0")
                    .append(",\n");
            out.append("    .display = ")
                    .append(d.display == null ? "0" : sym + "_display")
                    .append(",\n");
            out.append("    .interfaces = ")
                    .append(d.interfaces.isEmpty() ? "0" : sym + "_interfaces")
                    .append(",\n");
            out.append("    .ref_offsets = ").append(sym).append("_refs,\n");
            out.append("    .itable = ")
                    .append(d.itable ? sym + "_itable" : "0")
                    .append(",\n");
            out.append("    .enum_values = ")
                    .append(d.enumValues == null ? "0" : d.enumValues)
                    .append(",\n");
            out.append("    .enclosing = ")
                    .append(d.enclosing != null && types.contains(d.enclosing) ? "&" + layout.symbol(d.enclosing) : "0")
                    .append(",\n");
            out.append("    .n_interfaces = ").append(d.interfaces.size()).append(",\n");
            out.append("    .depth = ").append(d.depth).append(",\n");
            out.append("    .flags = ").append(d.flags);
            if (d.declaredInterfaces > 0) {
                out.append(" | (").append(d.declaredInterfaces).append(" << UKL_CLS_DECLARED_SHIFT)");
            }
            out.append(",\n");
            out.append("    .instance_size = ").append(d.size).append(",\n");
            out.append("    .init_state = ")
                    .append(d.needsInit ? "UKL_INIT_NONE" : "UKL_INIT_DONE")
                    .append(",\n");
            out.append("    .id = ").append(layout.typeId(t)).append(",\n");
            out.append("    .vtable = {");
            for (String v : d.vtable) {
                out.append("\n        ").append(v).append(',');
            }
            out.append(" },\n};\n\n");
        }
    }

    private static final class Descriptor {
        String name;
        String superSym;
        String component;
        String display;
        List<String> interfaces = new ArrayList<>();
        List<Integer> refs = new ArrayList<>();
        List<String> vtable = new ArrayList<>();
        boolean itable;
        String enumValues;
        /** The enclosing class's internal name (JVMS §4.7.6, §4.7.7), or null for a top-level class. */
        String enclosing;

        int depth;
        String flags = "0";
        int declaredInterfaces;
        int size;
        boolean needsInit;
    }

    private Descriptor primitive(String t) {
        Descriptor d = new Descriptor();
        d.name = Type.getType(t).getClassName();
        d.flags = "UKL_CLS_PRIMITIVE";
        d.size = t.equals("V") ? 0 : Names.size(Type.getType(t));
        return d;
    }

    private Descriptor array(String t) throws TranslationException {
        Descriptor d = new Descriptor();
        d.name = t.replace('/', '.');
        d.superSym = layout.symbol("java/lang/Object");
        Type component = Type.getType(t.substring(1));
        d.component = layout.symbol(component);
        d.display = "&" + d.superSym + ", &" + layout.symbol(t);
        d.depth = 1;
        for (String i : List.of("java/lang/Cloneable", "java/io/Serializable")) {
            if (world.has(i)) {
                d.interfaces.add("&" + layout.symbol(i));
            }
        }
        d.flags = "UKL_CLS_ARRAY | UKL_CLS_CLONEABLE";
        d.declaredInterfaces = d.interfaces.size();
        d.size = Names.size(component);
        d.vtable = vtable("java/lang/Object");
        return d;
    }

    private Descriptor object(ClassNode c, String sym, StringBuilder out) throws TranslationException {
        Descriptor d = new Descriptor();
        d.name = c.name.replace('/', '.');
        boolean isInterface = ClassWorld.isInterface(c);
        List<String> flags = new ArrayList<>();
        if (isInterface) {
            flags.add("UKL_CLS_INTERFACE");
        } else {
            d.superSym = c.superName == null ? null : layout.symbol(c.superName);
            List<ClassNode> chain = world.model.superclasses(c.name).reversed();
            d.depth = chain.size() - 1;
            List<String> display = new ArrayList<>();
            for (ClassNode k : chain) {
                display.add("&" + layout.symbol(k.name));
            }
            d.display = String.join(", ", display);
            d.refs = layout.referenceOffsets(c);
            for (ClassNode k : chain) {
                if (k.name.equals(Layout.REFERENCE)) {
                    flags.add("UKL_CLS_REFERENCE");
                } else if (k.name.equals("java/lang/ref/SoftReference")) {
                    flags.add("UKL_CLS_SOFT");
                }
            }
            d.size = layout.instanceSize.get(c.name);
            d.vtable = vtable(c.name);
        }
        // the declared interfaces first, in order, so that Class.getInterfaces reads them off the front
        Set<String> all = new LinkedHashSet<>();
        for (String i : c.interfaces) {
            if (world.has(i)) {
                all.add(i);
            }
        }
        d.declaredInterfaces = all.size();
        all.addAll(world.model.allInterfaces(c.name));
        for (String i : all) {
            d.interfaces.add("&" + layout.symbol(i));
        }
        if (world.model.allInterfaces(c.name).contains("java/lang/Cloneable")) {
            flags.add("UKL_CLS_CLONEABLE");
        }
        if ((c.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) != 0) {
            flags.add("UKL_CLS_ABSTRACT");
        } else {
            List<MethodRef> itable = layout.itable(c);
            if (!itable.isEmpty()) {
                d.itable = true;
                out.append("static void *const ").append(sym).append("_itable[] = {");
                for (MethodRef m : itable) {
                    out.append("\n    ")
                            .append(m == null ? "(void *) ukl_abstract_called" : "(void *) " + layout.methodSymbol(m))
                            .append(',');
                }
                out.append(" };\n");
            }
        }
        for (InnerClassNode inner : c.innerClasses) {
            // JVMS §4.7.6: the class's own entry; no simple name: anonymous; no outer class: local
            if (inner.name.equals(c.name)) {
                d.enclosing = inner.outerName;
                flags.add(
                        inner.innerName == null
                                ? "UKL_CLS_ANONYMOUS"
                                : inner.outerName == null ? "UKL_CLS_LOCAL" : "UKL_CLS_MEMBER");
            }
        }
        if (c.outerClass != null) {
            // JVMS §4.7.7: a local or anonymous class's EnclosingMethod names its enclosing class
            d.enclosing = c.outerClass;
        }
        if ((c.access & Opcodes.ACC_ENUM) != 0 && "java/lang/Enum".equals(c.superName)) {
            flags.add("UKL_CLS_ENUM");
            if (ClassWorld.declaredMethod(c, "values", "()[L" + c.name + ";") != null) {
                d.enumValues = "enum_values_" + sym;
            }
        }
        d.flags = flags.isEmpty() ? "0" : String.join(" | ", flags);
        d.needsInit = program.needsInit(c.name);
        return d;
    }

    private List<String> vtable(String cls) {
        List<String> out = new ArrayList<>();
        for (MethodRef slot : layout.vtables.get(cls)) {
            MethodRef m = layout.implementation(cls, slot);
            out.add(m == null ? "(void *) ukl_abstract_called" : "(void *) " + layout.methodSymbol(m));
        }
        return out;
    }
}
