package ukl.translator;

import java.util.Collection;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import ukl.classmodel.ClassWorld;
import ukl.classmodel.MethodRef;

/**
 * The C the runtime needs from the translated program: the {@code ukl_throw_*} functions over
 * {@code java.lang.RuntimeSupport} (docs/contracts.md §4), one initialiser per class with a static
 * initialiser in its supertypes (JVMS §5.5), enum constant accessors, and {@code ukl_main} (§2, §6).
 */
final class Glue {
    private final Program program;
    private final Layout layout;
    private final World world;

    Glue(Program program) {
        this.program = program;
        this.layout = program.layout;
        this.world = program.world;
    }

    private String support(String name, String desc) throws TranslationException {
        MethodRef m = world.resolveMethod("java/lang/RuntimeSupport", name, desc);
        if (!m.owner().name.equals("java/lang/RuntimeSupport") || !m.isStatic()) {
            throw new TranslationException("java.lang.RuntimeSupport." + name + desc
                    + " must be a static method of RuntimeSupport (docs/contracts.md §4)");
        }
        return layout.methodSymbol(m);
    }

    void throwFunctions(StringBuilder out) throws TranslationException {
        String rs = "java/lang/RuntimeSupport";
        if (!world.has(rs)) {
            throw new TranslationException(
                    "the closed world lacks java.lang.RuntimeSupport, which translated code calls to"
                            + " create runtime exceptions (docs/contracts.md §4): add the ukl class library");
        }
        throwFunction(out, "npe(void)", support("nullPointer", "()Ljava/lang/NullPointerException;") + "()");
        throwFunction(
                out,
                "index(int32_t index, int32_t length)",
                support("arrayIndex", "(II)Ljava/lang/ArrayIndexOutOfBoundsException;") + "(index, length)");
        throwFunction(out, "div0(void)", support("divideByZero", "()Ljava/lang/ArithmeticException;") + "()");
        throwFunction(
                out,
                "cast(ukl_obj *value, const ukl_class *target)",
                support("classCast", "(Ljava/lang/Object;Ljava/lang/Class;)Ljava/lang/ClassCastException;")
                        + "(value, (ukl_obj *) target)");
        throwFunction(
                out,
                "negsize(int32_t size)",
                support("negativeArraySize", "(I)Ljava/lang/NegativeArraySizeException;") + "(size)");
        throwFunction(
                out,
                "store(ukl_obj *value)",
                support("arrayStore", "(Ljava/lang/Object;)Ljava/lang/ArrayStoreException;") + "(value)");
        out.append(program.shared())
                .append("void ukl_throw_oom(void) {\n    ukl_pending = ")
                .append(support("outOfMemory", "()Ljava/lang/OutOfMemoryError;"))
                .append("();\n}\n");
        throwNew(out, "clone_unsupported", "java/lang/CloneNotSupportedException", false);
        throwNew(out, "no_class_def", "java/lang/NoClassDefFoundError", true);
        throwNew(out, "stack_overflow_error", "java/lang/StackOverflowError", false);
        out.append('\n');
    }

    private void throwFunction(StringBuilder out, String signature, String call) {
        String name = signature.substring(0, signature.indexOf('('));
        out.append(program.shared())
                .append("void ukl_throw_")
                .append(name)
                .append(signature.substring(name.length()))
                .append(" {\n    ukl_obj *e = ")
                .append(call)
                .append(";\n    if (!ukl_pending) ukl_pending = e;\n}\n");
    }

    /** An exception built with {@code new T()} or {@code new T(message)}, or a panic if the library lacks T. */
    private void throwNew(StringBuilder out, String name, String cls, boolean message) throws TranslationException {
        String desc = message ? "(Ljava/lang/String;)V" : "()V";
        out.append(program.shared())
                .append("void ukl_throw_")
                .append(name)
                .append(message ? "(ukl_obj *message)" : "(void)")
                .append(" {\n");
        if (!world.has(cls) || ClassWorld.declaredMethod(world.get(cls), "<init>", desc) == null) {
            out.append("    ukl_panic(")
                    .append(Names.cString(cls.replace('/', '.') + " is not in the class library"))
                    .append(");\n}\n");
            return;
        }
        String sym = layout.symbol(cls);
        if (program.needsInit(cls)) {
            out.append("    ").append(program.initFunction(cls)).append("();\n    if (ukl_pending) return;\n");
        }
        String ctor = layout.methodSymbol(
                new MethodRef(world.get(cls), ClassWorld.declaredMethod(world.get(cls), "<init>", desc)));
        out.append("    ukl_obj *e = ukl_new(&")
                .append(sym)
                .append(");\n    if (!e) return;\n    ")
                .append(ctor)
                .append(message ? "(e, message);\n" : "(e);\n")
                .append("    if (!ukl_pending) ukl_pending = e;\n}\n");
    }

    void initPrototypes(StringBuilder out) throws TranslationException {
        for (ClassNode c : world.classes()) {
            if (program.needsInit(c.name)) {
                out.append(program.shared())
                        .append("void ")
                        .append(program.initFunction(c.name))
                        .append("(void);\n");
            }
        }
        for (ClassNode c : world.classes()) {
            if ((c.access & Opcodes.ACC_ENUM) != 0
                    && ClassWorld.declaredMethod(c, "values", "()[L" + c.name + ";") != null) {
                out.append(program.shared())
                        .append("ukl_obj *enum_values_")
                        .append(layout.symbol(c.name))
                        .append("(void);\n");
            }
        }
        out.append(program.shared()).append("void ukl_throw_clone_unsupported(void);\n");
    }

    /**
     * JVMS §5.5: initialise the supertypes, run {@code <clinit>}, wrap a non-Error in
     * ExceptionInInitializerError (step 11); a failed class stays erroneous and later uses throw
     * NoClassDefFoundError (step 5). The running state carries the initialising thread's id
     * (ukl_thread.h, ukl_init_running): a recursive request of that thread returns at once (step
     * 3), another thread waits until the initialisation ends (step 2) and then sees it done or
     * failed. The check at the use sites is unchanged: only a class not yet done gets here.
     */
    void initFunctions(StringBuilder out) throws TranslationException {
        initFunctions(out, world.classes());
    }

    /** {@link #initFunctions(StringBuilder)} of {@code classes} only. */
    void initFunctions(StringBuilder out, Collection<ClassNode> classes) throws TranslationException {
        String wrap = support("initializerError", "(Ljava/lang/Throwable;)Ljava/lang/ExceptionInInitializerError;");
        String error = world.has("java/lang/Error") ? "&" + layout.symbol("java/lang/Error") : null;
        for (ClassNode c : classes) {
            if (!program.needsInit(c.name)) {
                continue;
            }
            String sym = layout.symbol(c.name);
            out.append(program.shared())
                    .append("void ")
                    .append(program.initFunction(c.name))
                    .append("(void) {\n");
            out.append("    if (").append(sym).append(".init_state == UKL_INIT_DONE) return;\n");
            out.append("    if ((")
                    .append(sym)
                    .append(".init_state & UKL_INIT_MASK) == UKL_INIT_RUNNING) {\n        if (")
                    .append(sym)
                    .append(".init_state == ukl_init_running()) return;\n        ukl_class_init_wait(&")
                    .append(sym)
                    .append(".init_state);\n        if (")
                    .append(sym)
                    .append(".init_state == UKL_INIT_DONE) return;\n    }\n");
            out.append("    if (")
                    .append(sym)
                    .append(".init_state == UKL_INIT_FAILED) { ukl_throw_no_class_def(")
                    .append(program.literals.ref("Could not initialize class " + c.name.replace('/', '.')))
                    .append("); return; }\n");
            out.append("    ").append(sym).append(".init_state = ukl_init_running();\n");
            if (!ClassWorld.isInterface(c)) {
                for (String s : program.initSupertypes(c)) {
                    if (program.needsInit(s)) {
                        out.append("    ")
                                .append(program.initFunction(s))
                                .append("();\n    if (ukl_pending) goto failed;\n");
                    }
                }
            }
            var clinit = ClassWorld.declaredMethod(c, "<clinit>", "()V");
            if (clinit != null && !program.preinitialized.folds(c.name)) {
                out.append("    ")
                        .append(layout.methodSymbol(new MethodRef(c, clinit)))
                        .append("();\n");
                out.append("    if (ukl_pending) {\n");
                out.append("        if (")
                        .append(error == null ? "1" : "!ukl_instanceof(ukl_pending, " + error + ")")
                        .append(") {\n");
                out.append("            ukl_obj *cause = ukl_pending;\n            ukl_pending = 0;\n");
                out.append("            ukl_obj *e = ").append(wrap).append("(cause);\n");
                out.append("            if (!ukl_pending) ukl_pending = e;\n        }\n        goto failed;\n    }\n");
            }
            out.append("    ")
                    .append(sym)
                    .append(".init_state = UKL_INIT_DONE;\n    return;\nfailed:\n    ")
                    .append(sym)
                    .append(".init_state = UKL_INIT_FAILED;\n}\n\n");
            if ((c.access & Opcodes.ACC_ENUM) != 0
                    && ClassWorld.declaredMethod(c, "values", "()[L" + c.name + ";") != null) {
                enumValues(out, c, sym);
            }
        }
        for (ClassNode c : classes) {
            if (!program.needsInit(c.name)
                    && (c.access & Opcodes.ACC_ENUM) != 0
                    && ClassWorld.declaredMethod(c, "values", "()[L" + c.name + ";") != null) {
                enumValues(out, c, layout.symbol(c.name));
            }
        }
    }

    private void enumValues(StringBuilder out, ClassNode c, String sym) throws TranslationException {
        String values =
                layout.methodSymbol(new MethodRef(c, ClassWorld.declaredMethod(c, "values", "()[L" + c.name + ";")));
        out.append(program.shared()).append("ukl_obj *enum_values_").append(sym).append("(void) {\n");
        if (program.needsInit(c.name)) {
            out.append("    ").append(program.initFunction(c.name)).append("();\n    if (ukl_pending) return 0;\n");
        }
        out.append("    return ").append(values).append("();\n}\n\n");
    }

    /**
     * ukl_thread.h's Java side: the monitors' slow paths and the scheduler (ukl.kernel.sched), and
     * IllegalMonitorStateException. Emitted after the method tables, which the safepoint reads. A
     * world without the scheduler (a test of the translator alone) gets functions that panic.
     */
    void threads(StringBuilder out) throws TranslationException {
        String shared = program.shared();
        out.append(shared).append("void ukl_monitor_enter_slow(ukl_obj *o) {\n");
        callKernel(out, "ukl/kernel/sched/Monitors", "enter", "(Ljava/lang/Object;)V", "o");
        out.append("}\n\n").append(shared).append("void ukl_monitor_exit_slow(ukl_obj *o) {\n");
        callKernel(out, "ukl/kernel/sched/Monitors", "exit", "(Ljava/lang/Object;)V", "o");
        // Only the main thread, or a kernel frame on the stack: nothing to switch to, or not now.
        out.append("}\n\n")
                .append(shared)
                .append("void ukl_scheduler_safepoint(void) {\n")
                .append("    if (ukl_threads->next == 0 || ukl_in_kernel()) return;\n");
        callKernel(out, "ukl/kernel/sched/Scheduler", "safepoint", "()V", "");
        out.append("}\n\n").append(shared).append("void ukl_scheduler_yield(void) {\n");
        callKernel(out, "ukl/kernel/sched/Scheduler", "yieldNow", "()V", "");
        out.append("}\n\n").append(shared).append("void ukl_thread_body(void) {\n");
        callKernel(out, "ukl/kernel/sched/Scheduler", "threadMain", "()V", "");
        out.append("}\n\n");
        throwNew(out, "imse_message", "java/lang/IllegalMonitorStateException", true);
        out.append(shared)
                .append("void ukl_throw_imse(void) {\n    ukl_throw_imse_message(")
                .append(program.literals.ref("current thread is not owner"))
                .append(");\n}\n\n");
    }

    /** A call of a kernel method from the runtime, which must not leave an exception pending. */
    private void callKernel(StringBuilder out, String cls, String name, String desc, String args)
            throws TranslationException {
        if (!world.has(cls) || ClassWorld.declaredMethod(world.get(cls), name, desc) == null) {
            out.append("    ukl_panic(")
                    .append(Names.cString(cls.replace('/', '.') + "." + name + " is not in the closed world"))
                    .append(");\n");
            return;
        }
        if (program.needsInit(cls)) {
            out.append("    ").append(program.initFunction(cls)).append("();\n");
        }
        out.append("    if (!ukl_pending) ")
                .append(layout.methodSymbol(
                        new MethodRef(world.get(cls), ClassWorld.declaredMethod(world.get(cls), name, desc))))
                .append("(")
                .append(args)
                .append(");\n    if (ukl_pending) ukl_panic(")
                .append(Names.cString(cls.replace('/', '.') + "." + name + " threw"))
                .append(");\n");
    }

    /** docs/contracts.md §2: run ukl.kernel.Start.start(); an escaping exception is a panic. */
    void main(StringBuilder out) throws TranslationException {
        MethodRef start = world.resolveMethod("ukl/kernel/Start", "start", "()V");
        out.append("static void ukl_java_main(void) {\n");
        // RuntimeSupport first: its preallocated OutOfMemoryError must exist before any allocation fails.
        for (String cls : new String[] {"java/lang/RuntimeSupport", "ukl/kernel/Start"}) {
            if (program.needsInit(cls)) {
                out.append("    ")
                        .append(program.initFunction(cls))
                        .append("();\n    if (ukl_pending) goto uncaught;\n");
            }
        }
        out.append("    ")
                .append(layout.methodSymbol(start))
                .append("();\n    if (!ukl_pending) return;\nuncaught: {\n");
        out.append("    char msg[160] = \"uncaught exception \";\n");
        out.append("    ukl_text_to_ascii(ukl_pending->cls->name, msg + 19, (int32_t) sizeof msg - 19);\n");
        out.append("    ukl_panic(msg);\n    }\n}\n\n");
        out.append("void ukl_main(void) {\n    ukl_run_on_java_stack(ukl_java_main);\n}\n");
        out.append("void ukl_java_stack(void) {\n    ukl_print_java_stack();\n}\n");
    }
}
