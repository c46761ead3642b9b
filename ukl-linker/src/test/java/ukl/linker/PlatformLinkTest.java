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

    /** The natives contracts §4 assigns to the translator, plus every kernel arch native (§5, boot-image's list). */
    static Set<String> natives(Path kernelJar) {
        Set<String> natives = new HashSet<>(Set.of(
                "java/lang/Object.getClass()Ljava/lang/Class;",
                "java/lang/Object.hashCode()I",
                "java/lang/Object.clone()Ljava/lang/Object;",
                "java/lang/System.identityHashCode(Ljava/lang/Object;)I",
                "java/lang/System.arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V",
                "java/lang/Float.floatToRawIntBits(F)I",
                "java/lang/Float.intBitsToFloat(I)F",
                "java/lang/Double.doubleToRawLongBits(D)J",
                "java/lang/Double.longBitsToDouble(J)D",
                "java/lang/Math.sqrt(D)D",
                "java/lang/StrictMath.sqrt(D)D",
                "java/lang/Class.getName()Ljava/lang/String;",
                "java/lang/Class.isInstance(Ljava/lang/Object;)Z",
                "java/lang/Class.isAssignableFrom(Ljava/lang/Class;)Z",
                "java/lang/Class.isArray()Z",
                "java/lang/Class.isInterface()Z",
                "java/lang/Class.isPrimitive()Z",
                "java/lang/Class.isEnum()Z",
                "java/lang/Class.getComponentType()Ljava/lang/Class;",
                "java/lang/Class.getSuperclass()Ljava/lang/Class;",
                "java/lang/Class.enumConstants()[Ljava/lang/Object;",
                "java/lang/Throwable.captureBacktrace()[I",
                "java/lang/Throwable.methodClassName(I)Ljava/lang/String;",
                "java/lang/Throwable.methodName(I)Ljava/lang/String;",
                "java/lang/Throwable.methodFileName(I)Ljava/lang/String;",
                "java/lang/Runtime.gc()V",
                "java/lang/Runtime.totalMemory()J",
                "java/lang/Runtime.freeMemory()J",
                "java/lang/Runtime.maxMemory()J",
                "java/lang/RuntimeSupport.allocatedBytes()J",
                "java/lang/RuntimeSupport.collectionCount()J"));
        for (ClassNode c : Loader.read(kernelJar)) {
            if (c.name.startsWith("ukl/kernel/arch/")) {
                for (MethodNode m : c.methods) {
                    if ((m.access & Opcodes.ACC_NATIVE) != 0) {
                        natives.add(c.name + "." + m.name + m.desc);
                    }
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
        Set<String> natives = natives(kernel);
        List<String> failures = new ArrayList<>();
        for (ClassNode program : Loader.read(Fixture.moduleJar("ukl-corpus"))) {
            if (ClassWorld.declaredMethod(program, "main", "([Ljava/lang/String;)V") == null) {
                continue;
            }
            Problems problems = new Problems();
            World world = new Loader(problems, line -> {}).load(List.of(Fixture.moduleJar("ukl-classlib"), kernel),
                    List.of(Fixture.moduleJar("ukl-corpus")));
            new MainRetargeter(world, problems).retarget(program.name.replace('/', '.'));
            new IndyLowering(world).lower();
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
        LinkRequest request = new LinkRequest(List.of(Fixture.moduleJar("ukl-corpus")),
                List.of(Fixture.moduleJar("ukl-classlib"), kernel), Fixture.moduleJar("ukl-libc-stubs"),
                "corpus.HelloWorld", natives(kernel), List.of(), tmp, progress::add);
        LinkResult result = Linker.link(request);
        assertTrue(result.classes().containsKey("corpus/HelloWorld"));
        assertTrue(result.report().removedClasses().contains("corpus/ExceptionsCaught"), "other corpus programs are shrunk away");
        assertTrue(result.report().syscallSites().stream().anyMatch(s -> s.kernelMethod().startsWith("ukl.kernel.sys.Sys.write")),
                result.report().syscallSites().toString());
    }
}
