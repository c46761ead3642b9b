package ukl.linker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import ukl.classmodel.ClassWorld;

/** The corpus's programs against the real class library and kernel (the jars other modules install). */
class PlatformLinkTest {
    @TempDir
    Path tmp;

    /**
     * The natives the platform implements, read from their declarations, the one list of each:
     * every native of the class library (contracts §4; ukl-translator's IntrinsicsTest proves the
     * translator implements exactly these), every static native of ukl.kernel.arch (§5;
     * ukl-toolchain's KernelNativesTest proves boot-image's ukl_natives.h defines exactly these)
     * and of ukl.kernel.sched (the thread switch, translator intrinsics, §4).
     */
    static Set<String> natives() {
        Set<String> natives = new HashSet<>();
        for (ClassNode c : Loader.read(Fixture.moduleJar("ukl-classlib"))) {
            for (MethodNode m : c.methods) {
                if ((m.access & Opcodes.ACC_NATIVE) != 0) {
                    natives.add(c.name + "." + m.name + m.desc);
                }
            }
        }
        for (ClassNode c : Loader.read(Fixture.moduleJar("ukl-kernel"))) {
            for (MethodNode m : c.methods) {
                boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
                boolean platform = c.name.startsWith("ukl/kernel/arch/") || c.name.startsWith("ukl/kernel/sched/");
                if (platform && isStatic && (m.access & Opcodes.ACC_NATIVE) != 0) {
                    natives.add(c.name + "." + m.name + m.desc);
                }
            }
        }
        return natives;
    }

    /**
     * Every corpus program passes the checks (passes 1 to 5) against the real platform; ProGuard,
     * slow, runs for HelloWorld only. A failure lists what the class library or kernel lacks.
     */
    @Test
    void everyCorpusProgramPassesTheChecks() {
        Path kernel = Fixture.moduleJar("ukl-kernel");
        Set<String> natives = natives();
        List<String> failures = new ArrayList<>();
        for (ClassNode program : Loader.read(Fixture.moduleJar("ukl-corpus"))) {
            if (ClassWorld.declaredMethod(program, "main", "([Ljava/lang/String;)V") == null) {
                continue;
            }
            Problems problems = new Problems();
            World world = new Loader(problems, line -> {})
                    .load(List.of(Fixture.moduleJar("ukl-classlib"), kernel), List.of(Fixture.moduleJar("ukl-corpus")));
            new MainRetargeter(world, problems).retarget(program.name.replace('/', '.'));
            new IndyLowering(world).lower();
            new ReflectionFolding(world, new ReflectionAccessors(world)).fold();
            new FieldUpdaterFolding(world).fold();
            new SyscallRewriter(world).rewrite();
            new ReferenceChecker(world, Loader.readLibc(Fixture.moduleJar("ukl-libc-stubs")), natives, problems)
                    .check(new Reachability(world).compute(List.of()));
            try {
                problems.throwIfAny();
            } catch (LinkException e) {
                failures.add(program.name + ":\n" + e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void helloWorldLinks() throws Exception {
        Path kernel = Fixture.moduleJar("ukl-kernel");
        List<String> progress = new ArrayList<>();
        LinkRequest request = new LinkRequest(
                List.of(Fixture.moduleJar("ukl-corpus")),
                List.of(Fixture.moduleJar("ukl-classlib"), kernel),
                Fixture.moduleJar("ukl-libc-stubs"),
                "corpus.HelloWorld",
                natives(),
                List.of(),
                tmp,
                progress::add);
        LinkResult result = Linker.link(request);
        assertTrue(result.classes().containsKey("corpus/HelloWorld"));
        assertTrue(
                result.report().removedClasses().contains("corpus/ExceptionsCaught"),
                "other corpus programs are shrunk away");
        // println(String) reaches String.valueOf(Object), hence Object.toString(); no Double is
        // ever made, so Double.toString()'s body goes and with it DoubleToDecimal's BigInteger
        assertTrue(
                result.report()
                        .removedClasses()
                        .containsAll(List.of("java/math/BigInteger", "java/lang/DoubleToDecimal")),
                "what only unreachable bodies use is shrunk away");
        assertTrue(
                result.report().syscallSites().stream()
                        .anyMatch(s -> s.kernelMethod().startsWith("ukl.kernel.sys.Sys.write")),
                result.report().syscallSites().toString());
    }
}
