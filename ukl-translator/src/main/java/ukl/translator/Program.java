package ukl.translator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Frame;
import ukl.classmodel.ClassWorld;
import ukl.classmodel.MethodRef;

/**
 * The whole program as one C translation unit (so gcc can inline across application, class
 * library and kernel). {@link #emit()} lists the sections in the order C needs them.
 */
final class Program {
    final Layout layout;
    final World world;
    final Literals literals = new Literals();
    /** Classes whose static initialisers ran at build time. */
    final Preinitialized preinitialized;
    /** Final fields that no code can read as null ({@link Nullness}). */
    final NonNullFields nonNullFields;

    private final Effects effects;
    private final Map<String, Boolean> needsInit = new HashMap<>();
    /** Whether the program is cut into several translation units ({@link Units}) rather than one. */
    final boolean split;

    Program(World world) throws TranslationException {
        this(world, false);
    }

    Program(World world, boolean split) throws TranslationException {
        this.world = world;
        this.split = split;
        this.layout = new Layout(world);
        this.preinitialized = new Preinitialized(world, layout);
        this.nonNullFields = new NonNullFields(world);
        this.effects = new Effects(this);
    }

    /**
     * Ends a function whose lines map to Java source: {@link #mapLines} turns it into a
     * {@code #line} directive that gives the C that follows its own file and line numbers again.
     */
    static final String LINE_RESET = "/* ukl: back to the C file */";

    /**
     * Stands for a method definition's linkage while the units are emitted: {@link Units} decides
     * it once it knows which units call the method, and puts {@code static} or nothing here.
     */
    static final String LINKAGE = "/*ukl:linkage*/";

    /**
     * Gives every C line of a Java line that line: a {@code #line n "x.java"} directive numbers
     * only the line after it (the ones after that would count on), so it is repeated before each
     * further C line up to the next directive or {@link #LINE_RESET}. Each reset becomes
     * {@code #line k "program.c"}, k being the output line after it.
     */
    static String mapLines(String c) {
        return mapLines(c, "program.c");
    }

    /** {@link #mapLines(String)} for a C file named {@code file}. */
    static String mapLines(String c, String file) {
        StringBuilder out = new StringBuilder(c.length() * 3 / 2);
        int outputLines = 0;
        String directive = null;
        boolean fresh = false;
        int start = 0;
        while (start < c.length()) {
            int end = c.indexOf('\n', start);
            end = end < 0 ? c.length() : end + 1;
            String line = c.substring(start, end);
            start = end;
            if (line.startsWith(LINE_RESET) && line.strip().equals(LINE_RESET)) {
                outputLines++;
                out.append("#line ")
                        .append(outputLines + 1)
                        .append(" \"")
                        .append(file)
                        .append("\"\n");
                directive = null;
                continue;
            }
            if (line.startsWith("#line ")) {
                directive = line;
                fresh = true;
            } else if (directive != null && !fresh) {
                out.append(directive);
                outputLines++;
            } else {
                fresh = false;
            }
            out.append(line);
            outputLines++;
        }
        return out.toString();
    }

    /** The C function of a method that has a body: translated bytecode, or an intrinsic's. */
    String body(MethodRef m) throws TranslationException {
        if ((m.node().access & Opcodes.ACC_NATIVE) != 0 || Intrinsics.supplies(m)) {
            return prototype(m, nativeNames(m)) + " {\n    " + Intrinsics.body(m) + "\n}\n\n";
        }
        String fast = Intrinsics.fastPath(m);
        if (fast == null) {
            return new MethodEmitter(this, m).emit();
        }
        // The translated method under a name of its own, which the fast path falls through to. In
        // one C file the fast path is inline: gcc's -O2 takes a function called from several places
        // inline only up to 15 of its instructions, and these are a few more than their call. (In
        // several files a definition's linkage is Units' to say, and "inline" would change it.)
        String translated = layout.methodSymbol(m) + "_translated";
        String call = translated + "(" + String.join(", ", nativeNames(m)) + ");";
        boolean isVoid = Type.getReturnType(m.node().desc).getSort() == Type.VOID;
        String definition = split
                ? prototype(m, nativeNames(m))
                : "static inline " + prototype(m, nativeNames(m), layout.methodSymbol(m));
        String functions =
                new MethodEmitter(this, m, "static " + COLD + prototype(m, parameterNames(m), translated)).emit()
                        + definition + " {\n    " + fast + "\n    " + (isVoid ? call : "return " + call) + "\n}\n\n";
        return split ? functions : functions + calledFrom(m, fast, call, isVoid);
    }

    /**
     * The fast path for callers without a linked shadow frame ({@link #fastPathFrom}): it takes the
     * caller's method id and line, and only the fall-through to the translated method links a frame
     * for them, as the runtime's {@code ukl_throw_*_at} do for a leaf's throws. So a caller whose
     * only calls that may throw are fast paths (a packet's field accessors) needs no frame.
     */
    private String calledFrom(MethodRef m, String fast, String call, boolean isVoid) {
        String from = fastPathFrom(m);
        String slow = from + "_slow";
        String slowCall = slow + "(" + String.join(", ", calledFromNames(m)) + ");";
        return "static " + COLD + "__attribute__((noinline, unused)) " + calledFromDeclarator(m, slow) + " {\n"
                + "    ukl_frame F = {ukl_top, caller, line};\n    ukl_top = &F;\n    "
                + (isVoid ? call : Names.ctype(Names.kind(Type.getReturnType(m.node().desc))) + " r = " + call)
                + "\n    ukl_top = F.prev;\n" + (isVoid ? "" : "    return r;\n") + "}\n\n"
                + "static inline __attribute__((unused)) " + calledFromDeclarator(m, from) + " {\n    " + fast
                + "\n    " + (isVoid ? slowCall : "return " + slowCall) + "\n}\n\n";
    }

    /** The C declarator of {@link #calledFrom}'s functions: the caller's method id and line, then {@code m}'s parameters. */
    private String calledFromDeclarator(MethodRef m, String symbol) {
        List<String> types = new ArrayList<>(List.of("int32_t", "int32_t"));
        types.addAll(parameterTypes(m.node().desc, !m.isStatic()));
        return declarator(m, symbol, types, calledFromNames(m));
    }

    private List<String> calledFromNames(MethodRef m) {
        List<String> names = new ArrayList<>(List.of("caller", "line"));
        names.addAll(nativeNames(m));
        return names;
    }

    /**
     * The function a caller without a linked frame calls for static {@code m}, which has a fast
     * path, passing its method id and line first ({@link #calledFrom}); null when there is none (no
     * fast path, or several C files, where a definition's linkage is Units' to say).
     */
    String fastPathFrom(MethodRef m) {
        return split || !m.isStatic() || Intrinsics.fastPath(m) == null ? null : layout.methodSymbol(m) + "_from";
    }

    /** Whether {@code m} becomes a C function: it has code, and is not an initialiser run at build time. */
    boolean hasFunction(MethodRef m) {
        return !m.isAbstract() && !preinitialized.folds(m);
    }

    String emit() throws TranslationException {
        StringBuilder bodies = new StringBuilder();
        for (MethodRef m : layout.methods) {
            if (hasFunction(m)) {
                bodies.append(body(m));
            }
        }
        StringBuilder tables = new StringBuilder();
        Metadata metadata = new Metadata(this);
        metadata.methodTables(tables);
        StringBuilder descriptors = new StringBuilder();
        metadata.descriptors(descriptors);
        StringBuilder glue = new StringBuilder();
        Glue g = new Glue(this);
        g.throwFunctions(glue);
        StringBuilder inits = new StringBuilder();
        g.initFunctions(inits);
        StringBuilder main = new StringBuilder();
        g.threads(main);
        g.main(main);
        StringBuilder statics = new StringBuilder();
        metadata.staticFields(statics);

        StringBuilder out = new StringBuilder();
        out.append("/* Generated by ukl-translator from ")
                .append(world.classes().size())
                .append(" classes. Do not edit: change the Java sources or the translator. */\n");
        prelude(out);
        for (String t : layout.types) {
            out.append("static ukl_class ").append(layout.symbol(t)).append(";\n");
        }
        runtime(out);
        literals.emitDeclarations(out);
        out.append('\n').append(statics).append('\n');
        for (MethodRef m : layout.methods) {
            if (hasFunction(m)) {
                out.append(prototype(m)).append(";\n");
                if (fastPathFrom(m) != null) {
                    out.append("static inline ")
                            .append(calledFromDeclarator(m, fastPathFrom(m)))
                            .append(";\n");
                }
            }
        }
        g.initPrototypes(out);
        out.append('\n').append(glue).append(tables).append(descriptors);
        literals.emit(out, layout.symbol("[C"), layout.symbol("java/lang/String"));
        out.append('\n').append(inits).append(bodies).append(main);
        return mapLines(out.toString());
    }

    /** What every C file of the program starts with: warnings, headers, the kernel natives, layout checks. */
    void prelude(StringBuilder out) throws TranslationException {
        // One variable per (slot, kind) and a label per branch target: gcc drops the unused ones.
        out.append(
                        "#pragma GCC diagnostic ignored \"-Wunused-variable\"\n#pragma GCC diagnostic ignored \"-Wunused-label\"\n")
                .append(
                        "#pragma GCC diagnostic ignored \"-Wunused-function\"\n#pragma GCC diagnostic ignored \"-Wunused-but-set-variable\"\n")
                .append(
                        "#pragma GCC diagnostic ignored \"-Wunused-parameter\"\n#pragma GCC diagnostic ignored \"-Wunused-const-variable\"\n");
        out.append(
                "#include <stdint.h>\n#include <stddef.h>\n#include \"ukl_boot.h\"\n#include \"ukl_natives.h\"\n#include \"ukl_object.h\"\n\n");
        kernelNativePrototypes(out);
        out.append("_Static_assert(offsetof(ukl_class, jfields) == ")
                .append(Layout.CLASS_JFIELDS)
                .append(", \"Layout.CLASS_JFIELDS must match ukl_object.h\");\n");
        out.append("_Static_assert(sizeof(ukl_array) == 24 && sizeof(ukl_obj) == ")
                .append(Layout.HEADER)
                .append(", \"object header\");\n\n");
    }

    /** The runtime, after the descriptors it names are declared. */
    void runtime(StringBuilder out) throws TranslationException {
        out.append("#define UKL_INT_ARRAY ")
                .append(layout.symbol("[I"))
                .append("\n#define UKL_VOID_CLASS ")
                .append(layout.symbol("V"))
                .append("\n")
                .append(HeapLayout.defines());
        out.append("#include \"ukl_runtime.h\"\n\n");
        out.append("static _Noreturn void ukl_abstract_called(void) { ukl_panic(\"abstract method called\"); }\n\n");
    }

    /** The storage class of what several units share: {@code static} in one unit, none (external) in several. */
    String shared() {
        return split ? "" : "static ";
    }

    /**
     * docs/contracts.md §5: each kernel native's C function, declared from its Java declaration
     * after ukl_natives.h has defined it, so that gcc rejects a definition of other types
     * ("conflicting types"). A declaration without storage class takes the linkage of the
     * definition before it (C11 §6.2.2p4), so a {@code static inline} definition stays one.
     */
    private void kernelNativePrototypes(StringBuilder out) throws TranslationException {
        List<KernelNative> natives = KernelNative.in(world.classes());
        if (natives.isEmpty()) {
            return;
        }
        out.append("/* The kernel natives as their Java declarations give them (docs/contracts.md §5). */\n");
        for (KernelNative n : natives) {
            out.append(n.prototype()).append(";\n");
        }
        out.append('\n');
    }

    // ---- signatures ----

    List<String> parameterNames(MethodRef m) {
        List<String> names = new ArrayList<>();
        int slot = 0;
        if (!m.isStatic()) {
            names.add("l0_a");
            slot = 1;
        }
        for (Type t : Type.getArgumentTypes(m.node().desc)) {
            names.add("l" + slot + "_" + Names.kind(t));
            slot += t.getSize();
        }
        return names;
    }

    private List<String> nativeNames(MethodRef m) {
        List<String> names = new ArrayList<>();
        int n = Type.getArgumentTypes(m.node().desc).length + (m.isStatic() ? 0 : 1);
        for (int i = 0; i < n; i++) {
            names.add("a" + i);
        }
        return names;
    }

    String prototype(MethodRef m) {
        return prototype(
                m,
                (m.node().access & Opcodes.ACC_NATIVE) != 0 || Intrinsics.supplies(m)
                        ? nativeNames(m)
                        : parameterNames(m));
    }

    /** A method's declaration with external linkage, for the units that call it ({@link Units}). */
    String declaration(MethodRef m) {
        return prototype(m).substring(split ? LINKAGE.length() : "static ".length()) + ";";
    }

    /**
     * A static initialiser runs once: gcc optimises it for size and away from the hot code (an
     * enum's allocates and stores each constant in line). Only {@code <clinit>} itself, not the
     * init function that calls it: gcc takes a path that leads to a call of a cold function as
     * unlikely, and ukl_java_main calls init functions before main in straight-line code, so cold
     * init functions made main and all below it cold code too (spectral-norm 50% slower). A macro
     * (ukl_object.h), not the attribute: {@link Units} finds a definition's name as the first
     * identifier before a '(' after {@link #LINKAGE}.
     */
    private static final String COLD = "UKL_COLD ";

    private String prototype(MethodRef m, List<String> names) {
        StringBuilder s = new StringBuilder(split ? LINKAGE : "static ");
        if (m.node().name.equals("<clinit>")) {
            s.append(COLD);
        }
        return s.append(prototype(m, names, layout.methodSymbol(m))).toString();
    }

    /** The C declarator of {@code m}'s function named {@code symbol}, without its linkage. */
    private String prototype(MethodRef m, List<String> names, String symbol) {
        return declarator(m, symbol, parameterTypes(m.node().desc, !m.isStatic()), names);
    }

    /** {@code m}'s return type, {@code symbol} and the parameters of these C types and names. */
    private static String declarator(MethodRef m, String symbol, List<String> types, List<String> names) {
        StringBuilder s = new StringBuilder();
        s.append(Names.ctype(Names.kind(Type.getReturnType(m.node().desc))))
                .append(' ')
                .append(symbol)
                .append('(');
        for (int i = 0; i < types.size(); i++) {
            String t = types.get(i);
            s.append(i > 0 ? ", " : "")
                    .append(t)
                    .append(t.endsWith("*") ? "" : " ")
                    .append(names.get(i));
        }
        return s.append(types.isEmpty() ? "void)" : ")").toString();
    }

    private static List<String> parameterTypes(String desc, boolean receiver) {
        List<String> types = new ArrayList<>();
        if (receiver) {
            types.add("ukl_obj *");
        }
        for (Type t : Type.getArgumentTypes(desc)) {
            types.add(Names.ctype(Names.kind(t)));
        }
        return types;
    }

    /** The C function-pointer type of a method with this descriptor. */
    String functionType(String desc, boolean receiver) {
        List<String> types = parameterTypes(desc, receiver);
        return Names.ctype(Names.kind(Type.getReturnType(desc))) + " (*)("
                + (types.isEmpty() ? "void" : String.join(", ", types)) + ")";
    }

    // ---- facts used by the method emitter ----

    /** Which references cannot be null at each instruction of {@code m} ({@link Nullness}). */
    Frame<Nullness.Ref>[] nullness(MethodRef m) throws TranslationException {
        return Nullness.analyze(m.owner().name, m.node(), nonNullFields);
    }

    boolean mayThrow(MethodRef m) {
        return effects.mayThrow(m);
    }

    /** Whether nothing below a call of {@code m} can read the caller's shadow frame ({@link Effects}). */
    boolean quiet(MethodRef m) {
        return effects.quiet(m);
    }

    /** Whether {@code m} lies on a cycle of the call graph, so it polls on entry ({@link Effects}). */
    boolean recursive(MethodRef m) {
        return effects.recursive(m);
    }

    /** Whether {@code m} checks its frame against the stack's limit on entry ({@link Effects}). */
    boolean checksStack(MethodRef m) {
        return effects.checksStack(m);
    }

    /** Whether a call of {@code m} is straight-line work that needs no poll around it ({@link Effects}). */
    boolean bounded(MethodRef m) {
        return effects.bounded(m);
    }

    /** Whether a method reassigns local 0, so that it may no longer hold the non-null {@code this}. */
    boolean storesLocal0(MethodRef m) {
        for (AbstractInsnNode i : m.node().instructions) {
            if (i instanceof VarInsnNode v
                    && v.var == 0
                    && v.getOpcode() >= Opcodes.ISTORE
                    && v.getOpcode() <= Opcodes.ASTORE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether using {@code cls} may have to run a static initialiser: it, a superclass, or a
     * superinterface declaring default methods has {@code <clinit>} (JVMS §5.5 steps 7 and 9) that
     * did not run at build time ({@link Preinitialized}).
     */
    boolean needsInit(String cls) throws TranslationException {
        if (cls.startsWith("[")) {
            return false;
        }
        Boolean known = needsInit.get(cls);
        if (known != null) {
            return known;
        }
        ClassNode c = world.get(cls);
        boolean result = ClassWorld.declaredMethod(c, "<clinit>", "()V") != null && !preinitialized.folds(cls);
        if (!ClassWorld.isInterface(c)) {
            for (String s : initSupertypes(c)) {
                result |= needsInit(s);
            }
        }
        needsInit.put(cls, result);
        return result;
    }

    /** Supertypes initialised before {@code c}: its superclass and superinterfaces with default methods. */
    List<String> initSupertypes(ClassNode c) throws TranslationException {
        List<String> out = new ArrayList<>();
        if (c.superName != null) {
            out.add(c.superName);
        }
        for (String i : c.interfaces) {
            for (MethodNode m : world.get(i).methods) {
                if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether {@code cls} is certainly initialised while {@code m} runs: it is m's class or a superclass of it. */
    boolean initializedWithin(MethodRef m, String cls) throws TranslationException {
        for (String s = m.owner().name; s != null; s = world.get(s).superName) {
            if (s.equals(cls)) {
                return true;
            }
        }
        return false;
    }

    String initFunction(String cls) throws TranslationException {
        return "init_" + layout.symbol(cls);
    }
}
