package ukl.translator;

import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import ukl.classmodel.MethodRef;

/**
 * Translates one method body to one C function. The frames from ASM's {@link Analyzer} give every
 * local and stack slot a kind; each (slot, kind) pair is one C variable ({@code l3_i}, {@code s0_a}; a
 * local is then renamed after its Java name where the class has a LocalVariableTable, see
 * {@link LocalNames}),
 * each instruction one C statement, each branch target a label. gcc's SSA construction removes
 * the copies. Every instruction that can throw jumps, with the exception in {@code ukl_pending},
 * to the dispatch block for the handlers covering it (JVMS §2.10, §4.7.3), or to the unwind
 * label that pops the shadow frame and returns.
 */
final class MethodEmitter {
    private final Program program;
    private final Layout layout;
    private final World world;
    final MethodRef method;
    private final InsnList insns;
    private Frame<BasicValue>[] frames;
    /** Which references cannot be null at each instruction ({@link Nullness}). */
    private Frame<Nullness.Ref>[] nullness;

    private final StringBuilder body = new StringBuilder();
    private final Map<String, String> handlerLabels = new LinkedHashMap<>();
    private final Set<Integer> targets = new HashSet<>();
    private final boolean shadowFrame;
    /**
     * Whether the shadow frame exists only on the way out of a runtime check that throws: in a leaf,
     * nothing else reads it (see {@link #leaf}). The runtime's {@code *_at} functions build it for the
     * throw's run ({@link #raise}), so the method has no frame variable, and its returns pop nothing.
     */
    private boolean lazyFrame;
    /**
     * In a method with a lazy frame whose observation points all lie on throw paths ({@link ThrowPaths}):
     * the instructions that run with the frame linked, which the edges into them link ({@link #link}),
     * so the hot path stays frameless. Null in the other methods.
     */
    private BitSet framedOnThrowPaths;
    /** Whether a throw path unwinds through {@code L_unwindF}, which unlinks the frame its edge linked. */
    private boolean unwindsFramed;
    /** Whether this is an ACC_SYNCHRONIZED method (JVMS §2.11.10), its monitor held in C variable M. */
    private final boolean monitor;
    /** Whether safepoint polls go in (DESIGN.md, "threads"): not in the kernel, which is not preemptible. */
    private final boolean polls;

    Frame<BasicValue> frame;
    private int index;
    private int line = -1;
    /** The line the shadow frame holds where the code being emitted runs, or UNKNOWN_LINE after a jump target. */
    private int storedLine = -1;

    private static final int UNKNOWN_LINE = Integer.MIN_VALUE;
    /** The Java source file as gdb finds it under a source directory, e.g. {@code echo/EchoServer.java}; null without one. */
    private final String sourcePath;

    private boolean linesMapped;
    private boolean unwinds;
    private final MemoryEmitter memory;
    private final String prototype;
    private ArrayLengths lengths;

    MethodEmitter(Program program, MethodRef method) {
        this(program, method, program.prototype(method));
    }

    /** A method's translation under the C declarator {@code prototype} (Program's fast paths rename it). */
    MethodEmitter(Program program, MethodRef method, String prototype) {
        this.program = program;
        this.prototype = prototype;
        this.layout = program.layout;
        this.world = program.layout.world;
        this.method = method;
        this.insns = method.node().instructions;
        this.memory = new MemoryEmitter(program, this);
        this.sourcePath = sourcePath(method.owner().name, method.owner().sourceFile);
        // No shadow frames where the JVM shows none: RuntimeSupport builds the runtime's exceptions
        // (the faulting method must stay on top), Start is the launcher, below main, and the
        // Scheduler starts every other thread, below its run().
        // A method that cannot throw allocates nothing (new may throw OutOfMemoryError), so no
        // Throwable can capture the stack while it runs: it needs no frame (getters, setters,
        // arithmetic helpers, empty constructors).
        this.shadowFrame = !method.owner().name.equals("java/lang/RuntimeSupport")
                && !method.owner().name.equals("ukl/kernel/Start")
                && !method.owner().name.equals("ukl/kernel/sched/Scheduler")
                && program.mayThrow(method);
        String owner = method.owner().name;
        this.polls = !owner.startsWith("ukl/kernel/") && !owner.equals("java/lang/RuntimeSupport");
        this.monitor = (method.node().access & Opcodes.ACC_SYNCHRONIZED) != 0;
    }

    TranslationException error(String what) {
        String where = method + (line >= 0 ? " line " + line : "") + " (bytecode index " + index + ")";
        return new TranslationException(where + ": " + what);
    }

    String emit() throws TranslationException {
        analyze();
        chooseFrame();
        for (TryCatchBlockNode t : method.node().tryCatchBlocks) {
            targets.add(insns.indexOf(t.handler));
        }
        for (AbstractInsnNode i : insns) {
            if (i instanceof JumpInsnNode j) {
                targets.add(insns.indexOf(j.label));
            } else if (i instanceof TableSwitchInsnNode t) {
                targets.add(insns.indexOf(t.dflt));
                t.labels.forEach(l -> targets.add(insns.indexOf(l)));
            } else if (i instanceof LookupSwitchInsnNode t) {
                targets.add(insns.indexOf(t.dflt));
                t.labels.forEach(l -> targets.add(insns.indexOf(l)));
            }
        }
        lengths = new ArrayLengths(method.node(), method.isStatic(), frames, targets, this::boundedCall);
        for (index = 0; index < insns.size(); index++) {
            AbstractInsnNode insn = insns.get(index);
            frame = frames[index];
            if (insn instanceof LineNumberNode l) {
                line = l.line;
                if (sourcePath != null) {
                    // gcc's DWARF then maps this function's machine code to Java lines (issue #15).
                    body.append("#line ")
                            .append(line)
                            .append(" \"")
                            .append(sourcePath)
                            .append("\"\n");
                    linesMapped = true;
                }
            } else if (insn instanceof LabelNode && targets.contains(index)) {
                body.append("L").append(index).append(":;\n");
                storedLine = UNKNOWN_LINE; // a jump may come from another line
            } else if (insn.getOpcode() >= 0 && frame != null) {
                if (framedHere() && line != storedLine && observesLine(insn)) {
                    body.append("    F.line = ").append(line).append(";\n");
                    storedLine = line;
                }
                instruction(insn);
            }
        }
        return function();
    }

    /**
     * Whether the shadow frame's line can be read while insn runs, other than by the runtime checks
     * that throw (null, bounds, array store, cast, division, class initialisation), which store the
     * line themselves on their way out ({@link #raise}): a call of anything but quiet methods
     * ({@link Effects}), since a Throwable made in the callee shows this frame, and so does the
     * report of a CPU fault in a native it reaches (CrashReportTest: a native that cannot throw
     * still faults); an array allocation, whose negative size throws from the runtime; a monitor
     * operation; a return that releases a synchronized method's monitor. So the line is stored only
     * where the JVM's line table could be consulted, and loops of arithmetic, field and array
     * accesses and calls of getters or {@code Math.sqrt} store none. A poll at a back-edge may
     * switch threads, but a thread only ever reads its own frames.
     */
    private boolean observesLine(AbstractInsnNode insn) throws TranslationException {
        int op = insn.getOpcode();
        if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) {
            return monitor;
        }
        if (insn instanceof MethodInsnNode call) {
            return !callsOnly(call, program::quiet);
        }
        return op == Opcodes.NEWARRAY
                || op == Opcodes.ANEWARRAY
                || op == Opcodes.MULTIANEWARRAY
                || op == Opcodes.MONITORENTER
                || op == Opcodes.MONITOREXIT;
    }

    /**
     * The statement of a runtime check's throw: {@code thrower(args)} after a store of the current
     * line, where the store costs nothing on the path that does not throw (none when the frame holds
     * the line already). In a method with a lazy frame, {@code thrower_at(method, line, args)}: the
     * runtime builds the frame for the throw's run (ukl_runtime.h), so the method has none at all.
     */
    String raise(String thrower, String args) {
        if (shadowFrame && !framedHere()) {
            return thrower + "_at(" + layout.methodId(method) + ", " + line + (args.isEmpty() ? "" : ", " + args)
                    + "); ";
        }
        return (shadowFrame && line != storedLine ? "F.line = " + line + "; " : "") + thrower + "(" + args + "); ";
    }

    /**
     * Whether the frame is lazy ({@link #lazyFrame}) and where, if anywhere, the method links it. A
     * method whose shadow frame only a Throwable made by one of its own runtime checks can see (no
     * instruction {@link #observesChain observes the chain}), and that takes no monitor and catches
     * nothing, is a leaf: it links no frame. Such a method is not recursive (recursive methods may
     * throw), so it needs no stack check and no poll on entry either. A class initialiser run in one
     * gets the frame for its run ({@link #initCheck}). Getters, hash and compare loops, counters
     * behind an {@code ordinal()}: most of the calls a request makes, whose frame cost more than
     * their work.
     *
     * <p>A method whose observation points all lie on paths that cannot return ({@link ThrowPaths}:
     * {@code Objects.requireNonNull}, an argument check that builds an exception with its message)
     * is lazy on its hot path too, and links its frame on each edge into such a path ({@link
     * #link}), before the allocation and the constructor whose backtrace must show it with its line
     * (JVMS §2.10). It is recursive at most through those paths, so the stack check and the poll go
     * on the edge. A method that cannot return at all keeps its frame on entry.
     */
    private void chooseFrame() throws TranslationException {
        lazyFrame = false;
        if (!shadowFrame || monitor || !method.node().tryCatchBlocks.isEmpty()) {
            return;
        }
        BitSet throwPaths = null;
        for (int i = 0; i < insns.size(); i++) {
            if (frames[i] != null && observesChain(insns.get(i))) {
                if (throwPaths == null) {
                    throwPaths = ThrowPaths.of(method.node());
                    if (throwPaths.get(0)) {
                        return; // it never returns: the frame on entry is on every path
                    }
                }
                if (!throwPaths.get(i)) {
                    return;
                }
            }
        }
        lazyFrame = true;
        framedOnThrowPaths = throwPaths;
    }

    /**
     * Whether a Throwable could capture the chain, or a fault report walk it, while {@code insn}
     * runs with this method's frame absent: it allocates, takes or leaves a monitor, throws, or calls
     * a method that can throw ({@link Effects}: one that cannot allocates nothing, so no Throwable is
     * made below it) or a native (a fault in one reports the Java stack). In the kernel, which is
     * never preempted while a kernel frame is on the stack (ukl_in_kernel), a call of anything
     * that may poll observes it too: callees must be kernel methods (they have no polls) or bounded
     * ones ({@link Effects}: no loop and no throw below them, so no back-edge and no entry poll), as
     * {@code Enum.ordinal()} behind a counter. The runtime checks (null, bounds, cast, division,
     * class initialisation) do not: they link the frame for their throw's run ({@link #raise}).
     */
    private boolean observesChain(AbstractInsnNode insn) throws TranslationException {
        int op = insn.getOpcode();
        if (insn instanceof MethodInsnNode call) {
            return !callsOnlyWhatCannotThrow(call) && fastPathFrom(call) == null;
        }
        return insn instanceof InvokeDynamicInsnNode
                || insn instanceof MultiANewArrayInsnNode
                || op == Opcodes.NEW
                || op == Opcodes.NEWARRAY
                || op == Opcodes.ANEWARRAY
                || op == Opcodes.MONITORENTER
                || op == Opcodes.MONITOREXIT
                || op == Opcodes.ATHROW;
    }

    /**
     * The fast path to call in place of {@code call} where this method's frame is not linked
     * ({@link Program#fastPathFrom}): it links one for the caller only if it falls through to the
     * translated method. Null for any other call.
     */
    String fastPathFrom(MethodInsnNode call) throws TranslationException {
        return call.getOpcode() == Opcodes.INVOKESTATIC
                ? program.fastPathFrom(layout.world.resolveMethod(call.owner, call.name, call.desc))
                : null;
    }

    /** {@link #fastPathFrom}'s leading arguments at the instruction being emitted, or null where the frame is linked. */
    String callerAndLine() {
        return shadowFrame && !framedHere() ? layout.methodId(method) + ", " + line : null;
    }

    /** Whether the instruction being emitted runs with this method's frame linked. */
    private boolean framedHere() {
        return shadowFrame && (!lazyFrame || (framedOnThrowPaths != null && framedOnThrowPaths.get(index)));
    }

    /** Whether control from the instruction being emitted to {@code target} enters a throw path ({@link #link}). */
    private boolean entersThrowPath(int target) {
        return framedOnThrowPaths != null && !framedOnThrowPaths.get(index) && framedOnThrowPaths.get(target);
    }

    /**
     * The statements that link the frame on an edge into a throw path, as a framed method's prologue
     * does on entry: the line is stored by the path's first observation point ({@link #storedLine}
     * is reset). Its stack check unwinds through {@code L_unwindF}, which unlinks the frame.
     */
    private String link() {
        StringBuilder s = new StringBuilder("F.prev = ukl_top; F.method = ")
                .append(layout.methodId(method))
                .append("; F.line = -1; ukl_top = &F; ");
        if (polls && program.recursive(method)) {
            s.append("UKL_POLL(); ");
        }
        if (program.checksStack(method) && calls()) {
            s.append(stackCheck("L_unwindF")).append(' ');
            unwindsFramed = true;
        }
        return s.toString();
    }

    /**
     * The check of JVMS §2.5.2 against the running thread's limit (ukl_runtime.h). Where the method
     * has a shadow frame, the frame's address stands for the stack pointer: it lies in this
     * function's C frame, and taking it costs nothing, where {@code __builtin_frame_address(0)}
     * makes gcc keep a frame pointer (a push, a move and a leave on every call).
     */
    private String stackCheck(String unwind) {
        String sp = shadowFrame ? "&F" : "__builtin_frame_address(0)";
        return "if (UKL_UNLIKELY((uint8_t *) " + sp + " < ukl_stack_limit)) { ukl_throw_stack_overflow(); goto "
                + unwind + "; }";
    }

    /** A jump to {@code target} from the instruction being emitted, linking the frame if it enters a throw path. */
    private String goTo(int target) {
        return entersThrowPath(target) ? "{ " + link() + "goto L" + target + "; }" : "goto L" + target + ";";
    }

    private boolean callsOnlyWhatCannotThrow(MethodInsnNode call) throws TranslationException {
        return callsOnly(
                call,
                t -> Intrinsics.isLeaf(t)
                        || ((t.node().access & Opcodes.ACC_NATIVE) == 0
                                && !program.mayThrow(t)
                                && (polls || t.owner().name.startsWith("ukl/kernel/") || program.bounded(t))));
    }

    /** Whether every method the call can reach satisfies {@code test} (false for an unknown target). */
    private boolean callsOnly(MethodInsnNode call, Predicate<MethodRef> test) throws TranslationException {
        Set<MethodRef> targets = layout.callTargets(call, method.owner().name);
        if (targets.isEmpty()) {
            return false;
        }
        for (MethodRef t : targets) {
            if (t == null || t.isAbstract() || !test.test(t)) {
                return false;
            }
        }
        return true;
    }

    private boolean calls() {
        for (AbstractInsnNode i : insns) {
            if (i instanceof MethodInsnNode) {
                return true;
            }
        }
        return false;
    }

    private int firstLine() {
        for (AbstractInsnNode i : insns) {
            if (i instanceof LineNumberNode l) {
                return l.line;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private void analyze() throws TranslationException {
        for (AbstractInsnNode i : insns) {
            if (i.getOpcode() == Opcodes.JSR || i.getOpcode() == Opcodes.RET) {
                index = insns.indexOf(i);
                throw error(
                        "jsr/ret subroutines are not supported (javac stopped emitting them in Java 7): recompile the class with a current javac");
            }
        }
        try {
            frames = new Analyzer<>(new BasicInterpreter()).analyze(method.owner().name, method.node());
        } catch (AnalyzerException e) {
            index = e.node == null ? -1 : insns.indexOf(e.node);
            throw error("bytecode does not verify: " + e.getMessage());
        }
        nullness = program.nullness(method);
    }

    private String function() throws TranslationException {
        StringBuilder out = new StringBuilder();
        int firstLine = firstLine();
        if (sourcePath != null && firstLine >= 0) {
            // The function itself and its prologue (frame set-up, locals) at the method's first Java
            // line, not at program.c's: gdb's list and break on the function show Java (issue #15).
            out.append("#line ")
                    .append(firstLine)
                    .append(" \"")
                    .append(sourcePath)
                    .append("\"\n");
            linesMapped = true;
        }
        out.append("/* ").append(Names.comment(method.toString())).append(" */\n");
        out.append(prototype).append(" {\n");
        Set<String> params = new HashSet<>(program.parameterNames(method));
        Set<String> vars = new TreeSet<>();
        for (Frame<BasicValue> f : frames) {
            if (f == null) {
                continue;
            }
            for (int i = 0; i < f.getLocals(); i++) {
                char k = kind(f.getLocal(i));
                if (k != 0) {
                    vars.add("l" + i + "_" + k);
                }
            }
            for (int i = 0; i < f.getStackSize(); i++) {
                char k = kind(f.getStack(i));
                if (k != 0) {
                    vars.add("s" + i + "_" + k);
                }
            }
        }
        // A stored value nobody reads may be merged away from every later frame: declare it anyway.
        for (int i = 0; i < insns.size(); i++) {
            if (frames[i] != null
                    && insns.get(i) instanceof VarInsnNode v
                    && v.getOpcode() >= Opcodes.ISTORE
                    && v.getOpcode() <= Opcodes.ASTORE) {
                vars.add("l" + v.var + "_" + "ijfda".charAt(v.getOpcode() - Opcodes.ISTORE));
            }
        }
        vars.removeAll(params);
        for (String v : vars) {
            out.append("    ")
                    .append(Names.ctype(v.charAt(v.length() - 1)))
                    .append(' ')
                    .append(v)
                    .append(" = 0;\n");
        }
        if (!method.isStatic() && !program.storesLocal0(method)) {
            // JVMS §4.10: an instance method's receiver is never null; telling gcc removes the
            // null checks on every copy of this.
            out.append("    if (l0_a == 0) __builtin_unreachable();\n");
        }
        // No Java method is entered with an exception pending: a handler takes it out of
        // ukl_pending before its code runs, and the runtime before it calls Java. Telling gcc
        // drops the test after an inlined call wherever the call did not throw.
        out.append("    if (ukl_pending != 0) __builtin_unreachable();\n");
        if (shadowFrame && !lazyFrame) {
            out.append("    ukl_frame F;\n    F.prev = ukl_top;\n    F.method = ")
                    .append(layout.methodId(method))
                    .append(";\n    F.line = -1;\n    ukl_top = &F;\n");
        } else if (framedOnThrowPaths != null) {
            out.append("    ukl_frame F;\n"); // linked on the edges into its throw paths
        }
        if (monitor) {
            // JVMS §2.11.10: entered before the body runs, left on every return and on unwinding;
            // M keeps the object even if the body stores into local 0.
            out.append("    ukl_obj *M = ")
                    .append(method.isStatic() ? "(ukl_obj *) &" + layout.symbol(method.owner().name) : "l0_a")
                    .append(";\n    ukl_monitor_enter(M);\n");
            unwinds = true;
        }
        if (polls && program.recursive(method) && !lazyFrame) {
            // Only a recursive chain of calls runs long without a back-edge (Effects): the others
            // need no poll on entry.
            out.append("    UKL_POLL();\n");
        }
        if (program.checksStack(method) && calls() && !lazyFrame) {
            // JVMS §2.5.2, in recursive methods and often enough between them that the reserve
            // below the limit holds the frames in between (Effects). Leaves cannot recurse.
            out.append("    ").append(stackCheck("L_unwind")).append('\n');
            unwinds = true;
        }
        out.append(lengths.declarations());
        out.append(body);
        for (Map.Entry<String, String> h : handlerLabels.entrySet()) {
            out.append(h.getValue()).append(":\n").append(h.getKey());
        }
        if (unwindsFramed) {
            out.append("L_unwindF:\n    ukl_top = F.prev;\n");
        }
        if (unwinds) {
            out.append("L_unwind:\n");
        }
        if (unwinds || unwindsFramed) {
            if (monitor) {
                // An exception leaves the method: release M, keeping the exception unless the exit fails.
                out.append(
                        "    { ukl_obj *P = ukl_pending; ukl_pending = 0; if (ukl_monitor_exit(M)) ukl_pending = P; }\n");
            }
            if (shadowFrame && !lazyFrame) {
                out.append("    ukl_top = F.prev;\n");
            }
            char ret = Names.kind(Type.getReturnType(method.node().desc));
            out.append(ret == 'v' ? "    return;\n" : "    return 0;\n");
        }
        out.append("}\n");
        if (linesMapped) {
            out.append(Program.LINE_RESET).append('\n');
        }
        out.append('\n');
        return LocalNames.apply(out.toString(), method.node().localVariables);
    }

    /**
     * {@code pkg/Name.java} for a class of package {@code pkg} whose SourceFile attribute says
     * {@code Name.java}, as javac lays sources out; null without the attribute or for a name a C
     * string literal cannot hold as it is.
     */
    static String sourcePath(String internalName, String sourceFile) {
        if (sourceFile == null || sourceFile.indexOf('"') >= 0 || sourceFile.indexOf('\\') >= 0) {
            return null;
        }
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? sourceFile : internalName.substring(0, slash + 1) + sourceFile;
    }

    private static char kind(BasicValue v) {
        if (v == null || v.getType() == null) {
            return 0;
        }
        return switch (v.getType().getSort()) {
            case Type.INT -> 'i';
            case Type.LONG -> 'j';
            case Type.FLOAT -> 'f';
            case Type.DOUBLE -> 'd';
            case Type.OBJECT, Type.ARRAY -> 'a';
            default -> 0;
        };
    }

    // ---- operand naming ----

    /** The variable of stack entry {@code d} below the top (0 = top) before this instruction. */
    String top(int d) {
        int i = frame.getStackSize() - 1 - d;
        return "s" + i + "_" + kind(frame.getStack(i));
    }

    /** The variable of the entry pushed after popping {@code popped} entries. */
    String push(int popped, char kind) {
        return "s" + (frame.getStackSize() - popped) + "_" + kind;
    }

    /** The length of the array at stack entry {@code d} below the top ({@link ArrayLengths}). */
    String arrayLength(int d) {
        return lengths.of(index, d, top(d));
    }

    void emit(String statement) {
        body.append("    ").append(statement).append('\n');
    }

    /** Where control goes when this instruction throws: its handler dispatch, or unwinding. */
    String onThrow() throws TranslationException {
        StringBuilder dispatch = new StringBuilder();
        for (TryCatchBlockNode t : method.node().tryCatchBlocks) {
            if (insns.indexOf(t.start) <= index && index < insns.indexOf(t.end)) {
                String handler = "L" + insns.indexOf(t.handler);
                if (t.type == null) {
                    dispatch.append("    s0_a = ukl_pending; ukl_pending = 0; goto ")
                            .append(handler)
                            .append(";\n");
                    return handlerLabel(dispatch);
                }
                dispatch.append("    if (")
                        .append(layout.instanceTest("ukl_pending", t.type))
                        .append(") { s0_a = ukl_pending; ukl_pending = 0; goto ")
                        .append(handler)
                        .append("; }\n");
            }
        }
        if (dispatch.isEmpty()) {
            if (framedOnThrowPaths != null && framedHere()) {
                unwindsFramed = true;
                return "L_unwindF";
            }
            unwinds = true;
            return "L_unwind";
        }
        dispatch.append("    goto L_unwind;\n");
        unwinds = true;
        return handlerLabel(dispatch);
    }

    private String handlerLabel(StringBuilder dispatch) {
        return handlerLabels.computeIfAbsent(dispatch.toString(), k -> "H" + handlerLabels.size());
    }

    void checkPending() throws TranslationException {
        emit("if (UKL_UNLIKELY(ukl_pending != 0)) goto " + onThrow() + ";");
    }

    /** Throws NullPointerException if the stack entry {@code depth} below the top is null, unless it cannot be ({@link Nullness}). */
    void nullCheck(int depth) throws TranslationException {
        if (!Nullness.nonNull(nullness[index], depth)) {
            emit("if (UKL_UNLIKELY(" + top(depth) + " == 0)) { " + raise("ukl_throw_npe", "") + "goto " + onThrow()
                    + "; }");
        }
    }

    void initCheck(String cls) throws TranslationException {
        if (program.needsInit(cls) && !program.initializedWithin(method, cls)) {
            String init = program.initFunction(cls);
            String run = !framedHere()
                    ? "ukl_class_init_at(" + layout.methodId(method) + ", " + line + ", " + init + "); "
                    : raise(init, "");
            emit("if (UKL_UNLIKELY(" + layout.symbol(cls) + ".init_state != UKL_INIT_DONE)) { " + run
                    + "if (UKL_UNLIKELY(ukl_pending != 0)) goto " + onThrow() + "; }");
        }
    }

    // ---- instructions (JVMS §6.5) ----

    private void instruction(AbstractInsnNode insn) throws TranslationException {
        int op = insn.getOpcode();
        switch (op) {
            case Opcodes.NOP, Opcodes.POP, Opcodes.POP2 -> {}
            case Opcodes.ACONST_NULL -> emit(push(0, 'a') + " = 0;");
            case Opcodes.ICONST_M1,
                    Opcodes.ICONST_0,
                    Opcodes.ICONST_1,
                    Opcodes.ICONST_2,
                    Opcodes.ICONST_3,
                    Opcodes.ICONST_4,
                    Opcodes.ICONST_5 -> emit(push(0, 'i') + " = " + (op - Opcodes.ICONST_0) + ";");
            case Opcodes.LCONST_0, Opcodes.LCONST_1 ->
                emit(push(0, 'j') + " = " + Names.longLiteral(op - Opcodes.LCONST_0) + ";");
            case Opcodes.FCONST_0, Opcodes.FCONST_1, Opcodes.FCONST_2 ->
                emit(push(0, 'f') + " = " + Names.floatLiteral(op - Opcodes.FCONST_0) + ";");
            case Opcodes.DCONST_0, Opcodes.DCONST_1 ->
                emit(push(0, 'd') + " = " + Names.doubleLiteral(op - Opcodes.DCONST_0) + ";");
            case Opcodes.BIPUSH, Opcodes.SIPUSH -> emit(push(0, 'i') + " = " + ((IntInsnNode) insn).operand + ";");
            case Opcodes.LDC -> memory.ldc(((LdcInsnNode) insn).cst);
            case Opcodes.ILOAD, Opcodes.LLOAD, Opcodes.FLOAD, Opcodes.DLOAD, Opcodes.ALOAD -> {
                char k = "ijfda".charAt(op - Opcodes.ILOAD);
                emit(push(0, k) + " = l" + ((VarInsnNode) insn).var + "_" + k + ";");
            }
            case Opcodes.ISTORE, Opcodes.LSTORE, Opcodes.FSTORE, Opcodes.DSTORE, Opcodes.ASTORE -> {
                char k = "ijfda".charAt(op - Opcodes.ISTORE);
                int slot = ((VarInsnNode) insn).var;
                emit("l" + slot + "_" + k + " = " + top(0) + ";" + (k == 'a' ? lengths.afterStore(slot) : ""));
            }
            case Opcodes.IINC -> {
                IincInsnNode i = (IincInsnNode) insn;
                emit("l" + i.var + "_i += " + i.incr + ";");
            }
            case Opcodes.IALOAD,
                    Opcodes.LALOAD,
                    Opcodes.FALOAD,
                    Opcodes.DALOAD,
                    Opcodes.AALOAD,
                    Opcodes.BALOAD,
                    Opcodes.CALOAD,
                    Opcodes.SALOAD -> memory.arrayLoad(op);
            case Opcodes.IASTORE,
                    Opcodes.LASTORE,
                    Opcodes.FASTORE,
                    Opcodes.DASTORE,
                    Opcodes.AASTORE,
                    Opcodes.BASTORE,
                    Opcodes.CASTORE,
                    Opcodes.SASTORE -> memory.arrayStore(insn);
            case Opcodes.DUP,
                    Opcodes.DUP_X1,
                    Opcodes.DUP_X2,
                    Opcodes.DUP2,
                    Opcodes.DUP2_X1,
                    Opcodes.DUP2_X2,
                    Opcodes.SWAP -> StackShuffle.emit(op, frame, this);
            case Opcodes.IADD, Opcodes.LADD, Opcodes.FADD, Opcodes.DADD -> binary(op - Opcodes.IADD, "+");
            case Opcodes.ISUB, Opcodes.LSUB, Opcodes.FSUB, Opcodes.DSUB -> binary(op - Opcodes.ISUB, "-");
            case Opcodes.IMUL, Opcodes.LMUL, Opcodes.FMUL, Opcodes.DMUL -> binary(op - Opcodes.IMUL, "*");
            case Opcodes.FDIV, Opcodes.DDIV -> binary(op - Opcodes.IDIV, "/");
            case Opcodes.IDIV, Opcodes.LDIV, Opcodes.IREM, Opcodes.LREM -> integerDivide(op, insn);
            case Opcodes.FREM -> emit(push(2, 'f') + " = ukl_frem(" + top(1) + ", " + top(0) + ");");
            case Opcodes.DREM -> emit(push(2, 'd') + " = ukl_drem(" + top(1) + ", " + top(0) + ");");
            case Opcodes.INEG, Opcodes.LNEG, Opcodes.FNEG, Opcodes.DNEG ->
                emit(push(1, "ijfd".charAt(op - Opcodes.INEG)) + " = -" + top(0) + ";");
            case Opcodes.ISHL, Opcodes.ISHR, Opcodes.IUSHR, Opcodes.LSHL, Opcodes.LSHR, Opcodes.LUSHR -> {
                char k = op == Opcodes.ISHL || op == Opcodes.ISHR || op == Opcodes.IUSHR ? 'i' : 'j';
                String fn =
                        switch (op) {
                            case Opcodes.ISHL -> "ishl";
                            case Opcodes.ISHR -> "ishr";
                            case Opcodes.IUSHR -> "iushr";
                            case Opcodes.LSHL -> "lshl";
                            case Opcodes.LSHR -> "lshr";
                            default -> "lushr";
                        };
                emit(push(2, k) + " = ukl_" + fn + "(" + top(1) + ", " + top(0) + ");");
            }
            case Opcodes.IAND, Opcodes.LAND -> binary(op - Opcodes.IAND, "&");
            case Opcodes.IOR, Opcodes.LOR -> binary(op - Opcodes.IOR, "|");
            case Opcodes.IXOR, Opcodes.LXOR -> binary(op - Opcodes.IXOR, "^");
            case Opcodes.I2L -> convert('j', "(int64_t) ");
            case Opcodes.I2F -> convert('f', "(float) ");
            case Opcodes.I2D -> convert('d', "(double) ");
            case Opcodes.L2I -> convert('i', "(int32_t) ");
            case Opcodes.L2F -> convert('f', "(float) ");
            case Opcodes.L2D -> convert('d', "(double) ");
            case Opcodes.F2I -> convert('i', "ukl_f2i");
            case Opcodes.F2L -> convert('j', "ukl_f2l");
            case Opcodes.F2D -> convert('d', "(double) ");
            case Opcodes.D2I -> convert('i', "ukl_d2i");
            case Opcodes.D2L -> convert('j', "ukl_d2l");
            case Opcodes.D2F -> convert('f', "(float) ");
            case Opcodes.I2B -> convert('i', "(int8_t) ");
            case Opcodes.I2C -> convert('i', "(uint16_t) ");
            case Opcodes.I2S -> convert('i', "(int16_t) ");
            case Opcodes.LCMP -> emit(push(2, 'i') + " = ukl_lcmp(" + top(1) + ", " + top(0) + ");");
            case Opcodes.FCMPL, Opcodes.FCMPG, Opcodes.DCMPL, Opcodes.DCMPG -> {
                String fn = new String[] {"fcmpl", "fcmpg", "dcmpl", "dcmpg"}[op - Opcodes.FCMPL];
                emit(push(2, 'i') + " = ukl_" + fn + "(" + top(1) + ", " + top(0) + ");");
            }
            case Opcodes.IFEQ, Opcodes.IFNE, Opcodes.IFLT, Opcodes.IFGE, Opcodes.IFGT, Opcodes.IFLE ->
                jump(top(0) + " " + CMP[op - Opcodes.IFEQ] + " 0", insn);
            case Opcodes.IF_ICMPEQ,
                    Opcodes.IF_ICMPNE,
                    Opcodes.IF_ICMPLT,
                    Opcodes.IF_ICMPGE,
                    Opcodes.IF_ICMPGT,
                    Opcodes.IF_ICMPLE -> jump(top(1) + " " + CMP[op - Opcodes.IF_ICMPEQ] + " " + top(0), insn);
            case Opcodes.IF_ACMPEQ, Opcodes.IF_ACMPNE ->
                jump(top(1) + " " + CMP[op - Opcodes.IF_ACMPEQ] + " " + top(0), insn);
            case Opcodes.IFNULL -> jump(top(0) + " == 0", insn);
            case Opcodes.IFNONNULL -> jump(top(0) + " != 0", insn);
            case Opcodes.GOTO -> emit(poll(insn) + "goto L" + insns.indexOf(((JumpInsnNode) insn).label) + ";");
            case Opcodes.TABLESWITCH -> {
                TableSwitchInsnNode t = (TableSwitchInsnNode) insn;
                StringBuilder s = new StringBuilder("switch (" + top(0) + ") {");
                for (int k = 0; k < t.labels.size(); k++) {
                    s.append(" case ")
                            .append(Names.intLiteral(t.min + k))
                            .append(": ")
                            .append(goTo(insns.indexOf(t.labels.get(k))));
                }
                emit(s.append(" default: ")
                        .append(goTo(insns.indexOf(t.dflt)))
                        .append(" }")
                        .toString());
            }
            case Opcodes.LOOKUPSWITCH -> {
                LookupSwitchInsnNode t = (LookupSwitchInsnNode) insn;
                StringBuilder s = new StringBuilder("switch (" + top(0) + ") {");
                for (int k = 0; k < t.labels.size(); k++) {
                    s.append(" case ")
                            .append(Names.intLiteral(t.keys.get(k)))
                            .append(": ")
                            .append(goTo(insns.indexOf(t.labels.get(k))));
                }
                emit(s.append(" default: ")
                        .append(goTo(insns.indexOf(t.dflt)))
                        .append(" }")
                        .toString());
            }
            case Opcodes.IRETURN, Opcodes.LRETURN, Opcodes.FRETURN, Opcodes.DRETURN, Opcodes.ARETURN ->
                emit(release() + (framedHere() ? "ukl_top = F.prev; " : "") + "return " + top(0) + ";");
            case Opcodes.RETURN -> emit(release() + (framedHere() ? "ukl_top = F.prev; " : "") + "return;");
            case Opcodes.GETSTATIC, Opcodes.PUTSTATIC, Opcodes.GETFIELD, Opcodes.PUTFIELD ->
                memory.field((FieldInsnNode) insn);
            case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKESPECIAL, Opcodes.INVOKESTATIC, Opcodes.INVOKEINTERFACE ->
                new CallEmitter(program, this).emit((MethodInsnNode) insn);
            case Opcodes.INVOKEDYNAMIC -> throw error("invokedynamic must be lowered by ukl-linker before translation");
            case Opcodes.NEW -> {
                String cls = ((TypeInsnNode) insn).desc;
                initCheck(cls);
                String r = push(0, 'a');
                Integer size = layout.instanceSize.get(cls);
                // a static initialiser runs once: a call there, not the allocation's inlined fast path
                emit(r
                        + (size == null
                                ? " = ukl_new(&" + layout.symbol(cls) + ");"
                                : method.node().name.equals("<clinit>")
                                        ? " = ukl_new_once(&" + layout.symbol(cls) + ");"
                                        : " = ukl_new_sized(&" + layout.symbol(cls) + ", " + size + ");"));
                emit("if (UKL_UNLIKELY(" + r + " == 0)) goto " + onThrow() + ";");
            }
            case Opcodes.NEWARRAY ->
                memory.newArray("[" + "ZCFDBSIJ".charAt(((IntInsnNode) insn).operand - Opcodes.T_BOOLEAN));
            case Opcodes.ANEWARRAY ->
                memory.newArray(
                        "[" + Type.getObjectType(((TypeInsnNode) insn).desc).getDescriptor());
            case Opcodes.ARRAYLENGTH -> {
                nullCheck(0);
                emit(push(1, 'i') + " = " + arrayLength(0) + ";");
            }
            case Opcodes.ATHROW -> {
                nullCheck(0);
                emit("ukl_pending = " + top(0) + "; goto " + onThrow() + ";");
            }
            case Opcodes.CHECKCAST -> {
                String type = ((TypeInsnNode) insn).desc;
                emit("if (UKL_UNLIKELY(" + top(0) + " != 0 && !(" + layout.instanceTest(top(0), type) + "))) { "
                        + raise("ukl_throw_cast", top(0) + ", &" + layout.symbol(type)) + "goto " + onThrow()
                        + "; }");
            }
            case Opcodes.INSTANCEOF ->
                emit(push(1, 'i') + " = " + top(0) + " != 0 && ("
                        + layout.instanceTest(top(0), ((TypeInsnNode) insn).desc) + ");");
            case Opcodes.MONITORENTER -> {
                nullCheck(0);
                emit("ukl_monitor_enter(" + top(0) + ");");
            }
            case Opcodes.MONITOREXIT -> {
                nullCheck(0);
                emit("if (UKL_UNLIKELY(!ukl_monitor_exit(" + top(0) + "))) goto " + onThrow() + ";");
            }
            case Opcodes.MULTIANEWARRAY -> {
                MultiANewArrayInsnNode m = (MultiANewArrayInsnNode) insn;
                StringBuilder counts = new StringBuilder();
                for (int d = m.dims - 1; d >= 0; d--) {
                    counts.append(top(d)).append(d > 0 ? ", " : "");
                }
                String r = push(m.dims, 'a');
                emit("{ int32_t counts[] = { " + counts + " }; " + r + " = ukl_multianewarray(&" + layout.symbol(m.desc)
                        + ", " + m.dims + ", counts); }");
                emit("if (UKL_UNLIKELY(" + r + " == 0)) goto " + onThrow() + ";");
            }
            default -> throw error("opcode " + op + " is not supported");
        }
    }

    private static final String[] CMP = {"==", "!=", "<", ">=", ">", "<="};

    /**
     * A conditional jump. Where one way enters a throw path ({@link #link}), the frame is linked on
     * that way only, and the condition tells gcc which way is hot, so the throw path goes out of line.
     */
    private void jump(String condition, AbstractInsnNode insn) {
        String poll = poll(insn);
        int target = insns.indexOf(((JumpInsnNode) insn).label);
        if (entersThrowPath(target)) {
            emit("if (UKL_UNLIKELY(" + condition + ")) { " + poll + link() + "goto L" + target + "; }");
            return;
        }
        String go = "goto L" + target + ";";
        if (entersThrowPath(index + 1)) {
            emit("if (UKL_LIKELY(" + condition + ")) " + (poll.isEmpty() ? go : "{ " + poll + go + " }"));
            emit(link().strip());
            storedLine = -1;
            return;
        }
        emit("if (" + condition + ") " + (poll.isEmpty() ? go : "{ " + poll + go + " }"));
    }

    /** A safepoint poll before a jump backwards (a loop's back-edge), or nothing: see {@link CountedLoops}. */
    private String poll(AbstractInsnNode insn) {
        int head = insns.indexOf(((JumpInsnNode) insn).label);
        return polls && head <= index && CountedLoops.needsPoll(insns, head, index, this::boundedCall)
                ? "UKL_POLL(); "
                : "";
    }

    /** Whether a call is straight-line work, as far as a loop around it is concerned ({@link Effects}). */
    private boolean boundedCall(MethodInsnNode call) {
        try {
            return callsOnly(call, program::bounded);
        } catch (TranslationException e) {
            return false; // an unresolvable call: the call's own emission reports it
        }
    }

    /** Leaves a synchronized method's monitor before a return. */
    private String release() {
        return monitor ? "ukl_monitor_exit(M); " : "";
    }

    private void binary(int typeIndex, String operator) {
        char k = "ijfd".charAt(typeIndex % 4);
        emit(push(2, k) + " = " + top(1) + " " + operator + " " + top(0) + ";");
    }

    private void convert(char to, String fn) {
        String arg = fn.startsWith("(") ? top(0) : "(" + top(0) + ")";
        emit(push(1, to) + " = "
                + (fn.startsWith("(int8") || fn.startsWith("(uint16") || fn.startsWith("(int16") ? "(int32_t) " : "")
                + fn + arg + ";");
    }

    private void integerDivide(int op, AbstractInsnNode insn) throws TranslationException {
        boolean isLong = op == Opcodes.LDIV || op == Opcodes.LREM;
        String fn =
                switch (op) {
                    case Opcodes.IDIV -> "ukl_idiv";
                    case Opcodes.LDIV -> "ukl_ldiv";
                    case Opcodes.IREM -> "ukl_irem";
                    default -> "ukl_lrem";
                };
        // JVMS idiv: a zero divisor throws ArithmeticException; a constant one cannot be zero.
        if (!Effects.nonZeroConstant(insn.getPrevious())) {
            emit("if (UKL_UNLIKELY(" + top(0) + " == 0)) { " + raise("ukl_throw_div0", "") + "goto " + onThrow()
                    + "; }");
        }
        emit(push(2, isLong ? 'j' : 'i') + " = " + fn + "(" + top(1) + ", " + top(0) + ");");
    }
}
