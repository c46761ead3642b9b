package ukl.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.boot.ImageBuilder;
import ukl.linker.LinkException;
import ukl.linker.LinkRequest;
import ukl.linker.Linker;
import ukl.translator.KernelNative;
import ukl.translator.Translator;

/**
 * docs/contracts.md §5: the kernel's {@code native} declarations are the one list of kernel
 * natives, boot-image's {@code ukl_natives.h} their one implementation. Here the two meet.
 */
class KernelNativesTest {
    private static final String HEADER = "boot-image/src/main/resources/ukl/boot/ukl_natives.h";

    @TempDir
    Path tmp;

    private static List<KernelNative> declared() throws Exception {
        List<KernelNative> natives = Translator.kernelNatives(Platform.locate().kernelArchClasses());
        assertFalse(natives.isEmpty(), "no static native in ukl.kernel.arch: is the kernel on the class path?");
        return natives;
    }

    @Test
    void bootDefinesEveryKernelNativeAndNothingElse() throws Exception {
        Set<String> defined = ImageBuilder.nativeFunctions();
        List<String> problems = new ArrayList<>();
        Set<String> functions = new HashSet<>();
        for (KernelNative n : declared()) {
            functions.add(n.function());
            if (!defined.contains(n.function())) {
                problems.add(n.key() + " is declared but not implemented: define " + n.prototype() + " in " + HEADER);
            }
        }
        for (String f : new TreeSet<>(defined)) {
            if (!functions.contains(f)) {
                problems.add(f + " is defined in " + HEADER + " but no static native of ukl.kernel.arch declares it");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Each prototype the translator derives compiles against its definition, which gcc emits (none left undefined). */
    @Test
    void bootDefinitionsHaveTheTypesOfTheJavaDeclarations() throws Exception {
        List<KernelNative> natives = declared();
        StringBuilder c = new StringBuilder("#include \"ukl_natives.h\"\n\n");
        natives.forEach(n -> c.append(n.prototype()).append(";\n"));
        c.append("\nvoid (*const ukl_kernel_natives[])(void) = {\n");
        natives.forEach(
                n -> c.append("    (void (*)(void)) ").append(n.function()).append(",\n"));
        c.append("};\n");
        assertEquals(List.of(), undefinedNatives(c.toString()));
    }

    /** The check above fails on a native without definition, and on one whose types differ. */
    @Test
    void aPrototypeWithoutItsDefinitionOrOfOtherTypesIsCaught() throws Exception {
        String use = "\nvoid (*const used)(void) = (void (*)(void)) ukl_native_Cpu_nowhere;\n";
        assertEquals(
                List.of("ukl_native_Cpu_nowhere"),
                undefinedNatives("#include \"ukl_natives.h\"\nvoid ukl_native_Cpu_nowhere(int32_t a0);" + use));
        String otherTypes = "#include \"ukl_natives.h\"\nvoid ukl_native_Cpu_outb(int64_t a0, int32_t a1);\n";
        AssertionError e = assertThrows(AssertionError.class, () -> undefinedNatives(otherTypes));
        assertTrue(
                e.getMessage().contains("conflicting types for 'ukl_native_Cpu_outb'")
                        || e.getMessage().contains("conflicting types for ‘ukl_native_Cpu_outb’"),
                e.getMessage());
    }

    /** A kernel native the header does not define stays out of the linker's set, and the linker names it. */
    @Test
    void aKernelNativeWithoutDefinitionFailsTheLinkNamingIt() throws Exception {
        Platform platform = Platform.locate();
        Set<String> functions = new HashSet<>(ImageBuilder.nativeFunctions());
        assertTrue(functions.remove("ukl_native_Cpu_pause"), functions::toString);
        Set<String> natives = Toolchain.implementedNatives(platform, functions);
        assertTrue(natives.contains("ukl/kernel/arch/Cpu.outb(II)V"), natives::toString);
        assertTrue(natives.containsAll(Translator.intrinsicNatives()));
        assertFalse(natives.contains("ukl/kernel/arch/Cpu.pause()V"));

        Path source = Files.writeString(
                Files.createDirectories(tmp.resolve("src/app")).resolve("Main.java"),
                "package app;\npublic class Main {\n    public static void main(String[] args) {\n"
                        + "        ukl.kernel.arch.Cpu.pause();\n    }\n}\n");
        Path classes = tmp.resolve("classes");
        int javac = ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        null,
                        null,
                        "-d",
                        classes.toString(),
                        "-cp",
                        platform.kernel().toString(),
                        source.toString());
        assertEquals(0, javac);
        LinkException e = assertThrows(
                LinkException.class,
                () -> Linker.link(new LinkRequest(
                        List.of(classes),
                        List.of(platform.classLibrary(), platform.kernel()),
                        platform.libcStubs(),
                        "app.Main",
                        natives,
                        Translator.keepRules(),
                        tmp.resolve("link"),
                        line -> {})));
        assertTrue(e.getMessage().contains("has no implementation (ukl/kernel/arch/Cpu.pause()V)"), e.getMessage());
    }

    /**
     * Compiles the C against boot-image's headers (from its jar) and returns the {@code ukl_native_}
     * symbols the object leaves undefined; fails with gcc's message when it does not compile.
     */
    private List<String> undefinedNatives(String c) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "c");
        for (String header : List.of("ukl_boot.h", "ukl_natives.h")) {
            try (InputStream in = ImageBuilder.class.getResourceAsStream(header)) {
                Files.write(dir.resolve(header), in.readAllBytes());
            }
        }
        Path file = Files.writeString(dir.resolve("natives.c"), c);
        Path object = dir.resolve("natives.o");
        String gcc = run(
                dir,
                "gcc",
                "-std=gnu11",
                "-O2",
                "-ffreestanding",
                "-Wall",
                "-Werror",
                "-I" + dir,
                "-c",
                file.toString(),
                "-o",
                object.toString());
        assertTrue(Files.exists(object), "gcc failed:\n" + gcc + "\non this C:\n" + c);
        return run(dir, "nm", "-u", object.toString())
                .lines()
                .map(String::strip)
                .map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .filter(s -> s.startsWith("ukl_native_"))
                .toList();
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Path log = dir.resolve(command[0] + ".log");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " hung");
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
