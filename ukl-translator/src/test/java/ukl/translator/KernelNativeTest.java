package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/** docs/contracts.md §5: the C side of a kernel native, derived from its Java declaration only. */
class KernelNativeTest {
    private static final int NATIVE = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE;

    @TempDir
    Path dir;

    /** A class of ukl.kernel.arch with these methods (name, descriptor, access); no code, like natives. */
    private static Map<String, byte[]> arch(String simpleName, Object... methods) {
        ClassWriter w = new ClassWriter(0);
        String name = "ukl/kernel/arch/" + simpleName;
        w.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, name, null, "java/lang/Object", null);
        for (int i = 0; i < methods.length; i += 3) {
            int access = (Integer) methods[i + 2];
            w.visitMethod(access, (String) methods[i], (String) methods[i + 1], null, null)
                    .visitEnd();
        }
        w.visitEnd();
        return Map.of(name, w.toByteArray());
    }

    @Test
    void eachJavaTypeHasItsSection5CType() throws Exception {
        List<KernelNative> natives = Translator.kernelNatives(arch(
                "T",
                "all",
                "(ZBCSIJFD[B[J)Z",
                NATIVE,
                "tick",
                "()V",
                NATIVE,
                "instance",
                "()V",
                Opcodes.ACC_PUBLIC | Opcodes.ACC_NATIVE,
                "plain",
                "()V",
                Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC));
        assertEquals(
                List.of(
                        new KernelNative(
                                "ukl/kernel/arch/T.all(ZBCSIJFD[B[J)Z",
                                "ukl_native_T_all",
                                "int32_t ukl_native_T_all("
                                        + "int32_t a0, int8_t a1, uint16_t a2, int16_t a3, int32_t a4, int64_t a5, float a6, double a7,"
                                        + " void *a8, void *a9)"),
                        new KernelNative(
                                "ukl/kernel/arch/T.tick()V", "ukl_native_T_tick", "void ukl_native_T_tick(void)")),
                natives);
    }

    @Test
    void theKernelsOwnNatives() throws Exception {
        List<KernelNative> natives = Translator.kernelNatives(Harness.world(Map.of(), "ukl/kernel/AppMain"));
        assertTrue(
                natives.contains(new KernelNative(
                        "ukl/kernel/arch/Cpu.outb(II)V",
                        "ukl_native_Cpu_outb",
                        "void ukl_native_Cpu_outb(int32_t a0, int32_t a1)")),
                natives::toString);
        assertTrue(
                natives.contains(new KernelNative(
                        "ukl/kernel/arch/Memory.addressOf([B)J",
                        "ukl_native_Memory_addressOf",
                        "int64_t ukl_native_Memory_addressOf(void *a0)")),
                natives::toString);
        assertTrue(natives.stream().allMatch(n -> n.key().startsWith("ukl/kernel/arch/")), natives::toString);
    }

    @Test
    void objectsOverloadsAndArrayResultsAreRefused() {
        TranslationException object = assertThrows(
                TranslationException.class,
                () -> Translator.kernelNatives(arch("T", "f", "(Ljava/lang/String;)V", NATIVE)));
        assertEquals(
                "kernel native ukl/kernel/arch/T.f(Ljava/lang/String;)V uses the type java.lang.String:"
                        + " docs/contracts.md §5 allows primitives and primitive arrays only",
                object.getMessage());
        TranslationException overload = assertThrows(
                TranslationException.class,
                () -> Translator.kernelNatives(arch("T", "f", "(I)V", NATIVE, "f", "(J)V", NATIVE)));
        assertEquals(
                "kernel natives ukl/kernel/arch/T.f(I)V and ukl/kernel/arch/T.f(J)V would both be the C"
                        + " function ukl_native_T_f: docs/contracts.md §5 names it after the method alone; give one of them"
                        + " another name",
                overload.getMessage());
        TranslationException result = assertThrows(
                TranslationException.class, () -> Translator.kernelNatives(arch("T", "f", "()[B", NATIVE)));
        assertTrue(
                result.getMessage().startsWith("kernel native ukl/kernel/arch/T.f()[B returns an array"),
                result.getMessage());
    }

    /** A native the process runtime leaves out still links; reaching it stops the program, named. */
    @Test
    void aNativeTheProcessRuntimeLeavesOutStopsTheProgramNamingIt() throws Exception {
        Path classes = Harness.compile(
                dir,
                Map.of(
                        "ukl/kernel/arch/Extra.java",
                                "package ukl.kernel.arch;\npublic final class Extra {\n"
                                        + "    public static native void missing(int x);\n}\n",
                        "app/Main.java",
                                "package app;\npublic class Main {\n    public static void main(String[] args) {\n"
                                        + "        System.out.println(\"before\");\n"
                                        + "        ukl.kernel.arch.Extra.missing(1);\n    }\n}\n"));
        // -O0 (as UnitsTest's run): what is tested is where the native's call goes, not the code, and
        // gcc -O2 on the whole world (the class library behind println, the kernel) took 78 of 89 s
        Harness.Run run = Harness.runNative(
                Harness.build(Harness.world(Harness.classesIn(classes), "app/Main"), dir, false, "-O0"));
        assertEquals("before\n", run.stdout());
        String panic = "ukl: panic: kernel native ukl/kernel/arch/Extra.missing(I)V has no definition in the process"
                + " runtime: define it in boot-image/src/main/resources/ukl/process/ukl_natives.h\n"
                + "ukl: Java stack at the panic, innermost first:\n";
        assertTrue(run.stderr().startsWith(panic), run.stderr());
        assertTrue(run.stderr().contains("\tat app.Main.main("), run.stderr());
        assertEquals(120, run.status());
    }

    /** program.c declares each kernel native, so gcc checks ukl_natives.h's definitions against Java. */
    @Test
    void programDeclaresTheKernelNativesAfterTheirHeader() throws Exception {
        Path classes = Harness.compile(
                dir,
                Map.of(
                        "app/Main.java",
                        "package app;\npublic class Main {\n    public static void main(String[] args) {}\n}\n"));
        Map<String, byte[]> world = Harness.world(Harness.classesIn(classes), "app/Main");
        Path c = Translator.translate(world, dir.resolve("c")).cFiles().get(0);
        String program = Files.readString(c);
        int header = program.indexOf("#include \"ukl_natives.h\"");
        int prototype = program.indexOf("\nvoid ukl_native_Cpu_outb(int32_t a0, int32_t a1);\n");
        assertTrue(header >= 0 && prototype > header, program.substring(0, Math.min(program.length(), 3000)));
        assertTrue(program.contains("ukl_native_Memory_addressOf(a0 ? UKL_ARRAY_DATA(a0) : 0)"), "addressOf's call");
    }
}
