package ukl.linker;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What to link: the application, the platform (class library and kernel), and the facts the
 * linker cannot find out by itself.
 *
 * @param applicationClasspath jars and directories of the application and its runtime dependencies
 * @param platformClasspath the ukl-classlib jar and the ukl-kernel jar, in that order
 * @param libcStubs the ukl-libc-stubs jar: read for the signatures of {@code ukl.libc.Libc} only,
 *     never linked in (docs/contracts.md §1)
 * @param mainClass binary name of the application's main class, e.g. {@code hello.Hello}
 * @param implementedNatives the native methods someone implements, each as
 *     {@code java/lang/Object.getClass()Ljava/lang/Class;} (contracts §4, §5)
 * @param keepRules extra ProGuard keep rules (the translator's)
 * @param workDir scratch space for ProGuard's input and output jars and its configuration
 * @param progress receives one line per pass
 * @param reflectionClasses binary names of the classes whose public constructors, methods and fields
 *     stay available to reflection with names known only at run time (the pom's {@code <reflection>})
 */
public record LinkRequest(
        List<Path> applicationClasspath,
        List<Path> platformClasspath,
        Path libcStubs,
        String mainClass,
        Set<String> implementedNatives,
        List<String> keepRules,
        Path workDir,
        Consumer<String> progress,
        List<String> reflectionClasses) {

    /** A request without a {@code <reflection>} list. */
    public LinkRequest(
            List<Path> applicationClasspath,
            List<Path> platformClasspath,
            Path libcStubs,
            String mainClass,
            Set<String> implementedNatives,
            List<String> keepRules,
            Path workDir,
            Consumer<String> progress) {
        this(
                applicationClasspath,
                platformClasspath,
                libcStubs,
                mainClass,
                implementedNatives,
                keepRules,
                workDir,
                progress,
                List.of());
    }

    public LinkRequest {
        Objects.requireNonNull(
                mainClass, "mainClass: the binary name of the application's main class, e.g. hello.Hello");
        Objects.requireNonNull(libcStubs, "libcStubs: the ukl-libc-stubs jar");
        Objects.requireNonNull(workDir, "workDir: a scratch directory for ProGuard's jars");
        applicationClasspath = List.copyOf(applicationClasspath);
        platformClasspath = List.copyOf(platformClasspath);
        implementedNatives = Set.copyOf(implementedNatives);
        keepRules = List.copyOf(keepRules);
        reflectionClasses = List.copyOf(reflectionClasses);
        progress = progress == null ? line -> {} : progress;
    }
}
