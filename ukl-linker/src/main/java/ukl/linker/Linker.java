package ukl.linker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import ukl.classmodel.MethodRef;

/**
 * The closed-world linker: application + class library + kernel in, one shrunk, verified world of
 * classes out, ready for the translator. {@link #link} reads as the list of passes; each pass is a
 * class with one job, and problems are collected so that a failed link reports all of them.
 */
public final class Linker {
    private Linker() {}

    /**
     * Links the request's closed world.
     *
     * @throws LinkException with every problem found, each located at a source line where there is one
     * @throws java.io.UncheckedIOException when a classpath entry or the work directory cannot be read or written
     */
    public static LinkResult link(LinkRequest request) throws LinkException {
        Problems problems = new Problems();
        LinkReport report = new LinkReport();
        Consumer<String> progress = request.progress();

        World world = new Loader(problems, progress).load(request.platformClasspath(), request.applicationClasspath());
        problems.throwIfAny();
        count(
                report,
                progress,
                "retargeted AppMain.main call sites",
                new MainRetargeter(world, problems).retarget(request.mainClass()));
        problems.throwIfAny();
        new IndyLowering(world).lower().forEach((kind, n) -> count(report, progress, "lowered " + kind, n));
        ReflectionAccessors accessors = new ReflectionAccessors(world);
        ReflectionFolding folding = new ReflectionFolding(world, accessors);
        count(report, progress, "folded reflective lookups", folding.fold());
        count(report, progress, "folded field updaters", new FieldUpdaterFolding(world).fold());
        if (!request.reflectionClasses().isEmpty()) {
            int kept =
                    new ReflectionRegistry(world, accessors, folding, problems).register(request.reflectionClasses());
            count(report, progress, "members kept for the <reflection> list", kept);
            problems.throwIfAny();
        }
        List<LinkReport.SyscallSite> syscalls = new SyscallRewriter(world).rewrite();
        report.addSyscallSites(syscalls);
        count(report, progress, "rewrote system call sites into kernel calls", syscalls.size());
        Collection<MethodRef> reachable = new Reachability(world).compute(request.keepRules());
        ReferenceChecker checker = new ReferenceChecker(
                        world, Loader.readLibc(request.libcStubs()), request.implementedNatives(), problems)
                .allowingReflection(!request.reflectionClasses().isEmpty());
        count(report, progress, "checked reachable methods", checker.check(reachable));
        problems.throwIfAny();
        count(report, progress, "replaced unreachable method bodies", new UnreachableMethods(world).stub(reachable));

        report.before(classNames(world), methodNames(world));
        World linked = new Shrinker(request.workDir(), progress).shrink(world, request.keepRules(), problems);
        problems.throwIfAny();
        report.after(classNames(linked), methodNames(linked));
        count(report, progress, "classes kept by ProGuard", linked.size());

        count(report, progress, "verified methods", new Verifier(linked).verify(problems));
        problems.throwIfAny();
        Set<String> application = new HashSet<>();
        for (ClassNode c : linked.classes()) {
            if (linked.isApplication(c.name)) {
                application.add(c.name);
            }
        }
        return new LinkResult(linked.writeAll(), report, application);
    }

    private static void count(LinkReport report, Consumer<String> progress, String what, int n) {
        report.count(what, n);
        progress.accept(what + ": " + n);
    }

    private static List<String> classNames(World world) {
        return world.classes().stream().map(c -> c.name).toList();
    }

    private static List<String> methodNames(World world) {
        List<String> names = new ArrayList<>();
        for (ClassNode c : world.classes()) {
            for (MethodNode m : c.methods) {
                names.add(c.name + "." + m.name + m.desc);
            }
        }
        return names;
    }
}
