package ukl.translator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import ukl.classmodel.ClassWorld;
import ukl.classmodel.FieldRef;
import ukl.classmodel.MethodRef;

/**
 * The program cut into several C translation units (issue #12 item 5), so that a rebuild after a
 * change to the application compiles only the application's unit and the small data unit, and a
 * cold build compiles the platform's units in parallel:
 *
 * <ul>
 *   <li>{@code platform-*.c}: the methods of the class library, kernel and libc stubs, one unit per
 *       {@link #PARTITIONS partition}. {@code platform-core.c} holds the kernel and the class
 *       library's I/O, {@code java.lang} and {@code java.util}: the system-call sites the linker
 *       rewrote and the kernel paths they call stay in one unit, where gcc inlines across the
 *       class-library/kernel boundary as in one program (the seed paper's cross-boundary
 *       optimisation); {@code platform-rest.c} the rest of the class library.</li>
 *   <li>{@code application.c}: the application's methods.</li>
 *   <li>{@code platform-data.c}: what depends on the platform alone: its classes' descriptors with
 *       their vtables, itables and names, static fields and initialisers, its string literals,
 *       and the runtime's glue and
 *       entry points; it also defines the runtime's globals ({@code UKL_OWNS_SHARED}).</li>
 *   <li>{@code data.c}: the application's descriptors, static fields, initialisers and literals,
 *       and what lists the whole program: the method tables and the collector's static roots. It
 *       is small (the echo server's: 176 KB against 1.1 MB), so a rebuild after a change to the
 *       application compiles it in a tenth of a second.</li>
 * </ul>
 *
 * A platform unit's text does not depend on the application as long as the reachable platform and
 * what the application calls of it stay the same: {@link World} numbers the platform's types,
 * fields and methods before the application's, {@link #emit} numbers the platform's literals (its
 * methods', then its data's) before the application's, each unit declares only the symbols it
 * uses, and what changes with the application (the method tables) is read through functions the
 * data unit defines.
 * A method is {@code static} in its unit (so gcc may inline it freely, as in one unit) unless
 * another unit names it; so a platform unit changes when the application starts calling one of
 * its methods that nothing outside the unit called before (see {@link #external}).
 */
final class Units {
    /** One C file of the program. */
    record Unit(String file, String text) {}

    /** The platform's partitions: class-name prefixes; a class goes to the first that matches, else the last. */
    static final Map<String, List<String>> PARTITIONS = partitions();

    static final String APPLICATION = "application.c";
    static final String DATA = "data.c";
    static final String PLATFORM_DATA = "platform-data.c";

    private static final Pattern DEFINITION =
            Pattern.compile(Pattern.quote(Program.LINKAGE) + "([^\\n(]*?)([A-Za-z_][A-Za-z0-9_]*)\\(");

    private final Program program;
    private final Layout layout;
    private final World world;

    Units(Program program) {
        this.program = program;
        this.layout = program.layout;
        this.world = program.world;
    }

    private static Map<String, List<String>> partitions() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        // the system-call boundary and what the I/O path calls: the class library's I/O, java.lang
        // and java.util, the libc stubs and the whole kernel, from its system calls down to the
        // NIC's driver (docs/contracts.md §9); cutting it cost the echo's round trip 2% more
        p.put("platform-core.c", List.of("java/nio/", "java/net/", "java/io/", "java/lang/", "java/util/", "ukl/"));
        p.put("platform-rest.c", List.of());
        return p;
    }

    /** The unit a class's methods go to. */
    String unitOf(String cls) {
        if (world.isApplication(cls)) {
            return APPLICATION;
        }
        String last = null;
        for (Map.Entry<String, List<String>> e : PARTITIONS.entrySet()) {
            for (String prefix : e.getValue()) {
                if (cls.startsWith(prefix)) {
                    return e.getKey();
                }
            }
            last = e.getKey();
        }
        return last;
    }

    List<Unit> emit() throws TranslationException {
        Map<String, StringBuilder> bodies = new LinkedHashMap<>();
        for (String p : PARTITIONS.keySet()) {
            bodies.put(p, new StringBuilder());
        }
        bodies.put(APPLICATION, new StringBuilder());
        Map<String, String> home = new HashMap<>();
        // the platform's methods, then its data, then the application's: each numbers its literals
        // after the one before it, so the platform's numbers do not move when the application changes
        methodBodies(false, bodies, home);
        bodies.put(PLATFORM_DATA, platformData());
        int platformLiterals = program.literals.count();
        methodBodies(true, bodies, home);
        bodies.put(DATA, data());
        String charArray = layout.symbol("[C");
        String string = layout.symbol("java/lang/String");
        program.literals.emit(bodies.get(PLATFORM_DATA), charArray, string, "", 0, platformLiterals);
        program.literals.emit(bodies.get(DATA), charArray, string, "", platformLiterals, program.literals.count());

        Map<String, String> declarations = declarations();
        Map<String, Set<String>> uses = new LinkedHashMap<>();
        for (Map.Entry<String, StringBuilder> e : bodies.entrySet()) {
            uses.put(e.getKey(), used(e.getValue(), declarations));
        }
        Set<String> external = external(home, uses);

        List<Unit> units = new ArrayList<>();
        for (Map.Entry<String, StringBuilder> e : bodies.entrySet()) {
            String file = e.getKey();
            StringBuilder out = new StringBuilder();
            out.append("/* Generated by ukl-translator: ")
                    .append(file)
                    .append(", one of the program's C files (ukl.translator.Units). Do not edit. */\n");
            out.append("#define UKL_SPLIT 1\n");
            if (file.equals(PLATFORM_DATA)) {
                out.append("#define UKL_OWNS_SHARED 1\n");
            }
            program.prelude(out);
            out.append("extern ukl_class ")
                    .append(layout.symbol("[I"))
                    .append(", ")
                    .append(layout.symbol("V"))
                    .append(";\n");
            program.runtime(out);
            for (Map.Entry<String, String> d : declarations.entrySet()) {
                String sym = d.getKey();
                if (uses.get(file).contains(sym)) {
                    // C11 §6.2.2: a static definition must not follow a declaration with external linkage
                    boolean local = file.equals(home.get(sym)) && !external.contains(sym);
                    out.append(local ? "static " : "").append(d.getValue()).append('\n');
                }
            }
            out.append('\n').append(linkage(e.getValue(), external));
            units.add(new Unit(file, Program.mapLines(out.toString(), file)));
        }
        return units;
    }

    /** The methods of the application's ({@code application}) or the platform's classes, into their units. */
    private void methodBodies(boolean application, Map<String, StringBuilder> bodies, Map<String, String> home)
            throws TranslationException {
        for (MethodRef m : layout.methods) {
            if (!program.hasFunction(m) || world.isApplication(m.owner().name) != application) {
                continue;
            }
            String unit = unitOf(m.owner().name);
            bodies.get(unit).append(program.body(m));
            home.put(layout.methodSymbol(m), unit);
        }
    }

    /**
     * What depends on the platform alone: its static fields, descriptors and class initialisers,
     * the runtime's glue (ukl_throw_*, the scheduler's entry points, ukl_main) and the literals
     * these name.
     */
    private StringBuilder platformData() throws TranslationException {
        Metadata metadata = new Metadata(program);
        Glue glue = new Glue(program);
        List<ClassNode> classes = classes(false);
        StringBuilder out = new StringBuilder();
        metadata.staticFields(out, classes);
        out.append('\n');
        glue.throwFunctions(out);
        metadata.descriptors(out, layout.types.subList(0, layout.platformTypes));
        glue.initFunctions(out, classes);
        glue.threads(out);
        glue.main(out);
        return out;
    }

    /**
     * What depends on the application: its static fields, descriptors and class initialisers, and
     * what lists the whole program (the collector's roots, the method tables and their accessors).
     */
    private StringBuilder data() throws TranslationException {
        Metadata metadata = new Metadata(program);
        List<ClassNode> classes = classes(true);
        StringBuilder out = new StringBuilder();
        metadata.staticFields(out, classes);
        metadata.staticRoots(out);
        out.append('\n');
        metadata.methodTables(out);
        metadata.descriptors(out, layout.types.subList(layout.platformTypes, layout.types.size()));
        new Glue(program).initFunctions(out, classes);
        return out;
    }

    private List<ClassNode> classes(boolean application) {
        return world.classes().stream()
                .filter(c -> world.isApplication(c.name) == application)
                .toList();
    }

    /** Every symbol a unit may use from another (or before its definition), with its declaration. */
    private Map<String, String> declarations() throws TranslationException {
        Map<String, String> d = new LinkedHashMap<>();
        for (String t : layout.types) {
            d.put(layout.symbol(t), "extern ukl_class " + layout.symbol(t) + ";");
        }
        for (ClassNode c : world.classes()) {
            for (FieldNode f : c.fields) {
                if ((f.access & Opcodes.ACC_STATIC) != 0) {
                    char kind = Names.kind(Type.getType(f.desc));
                    String sym = layout.staticSymbol(new FieldRef(c, f));
                    d.put(sym, "extern " + Names.ctype(kind) + (kind == 'a' ? "" : " ") + sym + ";");
                }
            }
        }
        for (String s : program.literals.symbols()) {
            d.put(s, "extern ukl_string " + s + ";");
        }
        for (MethodRef m : layout.methods) {
            if (program.hasFunction(m)) {
                d.put(layout.methodSymbol(m), program.declaration(m));
            }
        }
        for (ClassNode c : world.classes()) {
            if (program.needsInit(c.name)) {
                d.put(program.initFunction(c.name), "void " + program.initFunction(c.name) + "(void);");
            }
            if ((c.access & Opcodes.ACC_ENUM) != 0
                    && ClassWorld.declaredMethod(c, "values", "()[L" + c.name + ";") != null) {
                String sym = "enum_values_" + layout.symbol(c.name);
                d.put(sym, "ukl_obj *" + sym + "(void);");
            }
        }
        d.put("ukl_throw_clone_unsupported", "void ukl_throw_clone_unsupported(void);");
        d.put("ukl_throw_no_class_def", "void ukl_throw_no_class_def(ukl_obj *message);");
        d.put("ukl_throw_imse_message", "void ukl_throw_imse_message(ukl_obj *message);");
        return d;
    }

    /**
     * The declared symbols a unit's text names (a name in a comment costs only a spare declaration).
     * A scan by hand rather than a regular expression: the units are megabytes of C, and in the
     * build's cold JVM the expression took a tenth of the translation (issue #12 item 5).
     */
    private static Set<String> used(CharSequence text, Map<String, String> declarations) {
        Set<String> used = new HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!identifierStart(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && identifierPart(text.charAt(i))) {
                i++;
            }
            String id = text.subSequence(start, i).toString();
            if (declarations.containsKey(id)) {
                used.add(id);
            }
        }
        return used;
    }

    private static boolean identifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean identifierPart(char c) {
        return identifierStart(c) || (c >= '0' && c <= '9');
    }

    /**
     * The methods that need external linkage: those named by a unit other than their own. Every
     * other method stays {@code static}, so gcc inlines it as in one program (a public method made
     * external costs the echo 6% more instructions, issue #12 item 5). A platform method the
     * application starts or stops calling therefore changes its platform unit, which is compiled
     * again: a rebuild after a change that calls nothing new of the platform compiles the
     * application's and the data unit only.
     */
    private static Set<String> external(Map<String, String> home, Map<String, Set<String>> uses) {
        Set<String> external = new HashSet<>();
        for (Map.Entry<String, String> e : home.entrySet()) {
            for (Map.Entry<String, Set<String>> u : uses.entrySet()) {
                if (!u.getKey().equals(e.getValue()) && u.getValue().contains(e.getKey())) {
                    external.add(e.getKey());
                }
            }
        }
        return external;
    }

    /** Puts each definition's linkage where {@link Program#prototype} left {@link Program#LINKAGE}. */
    private static String linkage(CharSequence body, Set<String> external) {
        Matcher m = DEFINITION.matcher(body);
        StringBuilder out = new StringBuilder(body.length() + 4096);
        while (m.find()) {
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            (external.contains(m.group(2)) ? "" : "static ") + m.group(1) + m.group(2) + "("));
        }
        m.appendTail(out);
        return out.toString();
    }
}
