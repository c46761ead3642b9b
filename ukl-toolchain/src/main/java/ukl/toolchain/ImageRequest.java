package ukl.toolchain;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import ukl.boot.Target;

/**
 * What to build.
 *
 * @param applicationClasspath the application's classes and runtime dependencies (jars or folders)
 * @param mainClass the binary name of the class with {@code main}, or {@code null} to take the
 *     {@code Main-Class} of the first jar on the classpath that has one
 * @param output the image file to write
 * @param workDir where intermediate files, caches and the link report go
 * @param memoryMiB guest memory the image is meant for (recorded in the report; a process maps this
 *     much heap unless its command line says {@code ukl.memory=})
 * @param log receives one line per step
 * @param platform what the image runs on: a PVH guest ({@link Target#VM}) or a static Linux
 *     executable ({@link Target#PROCESS})
 * @param reflectionClasses binary names of the classes whose public members stay available to
 *     reflection by names known only at run time (the pom's {@code <reflection>}); usually empty
 * @param incremental write the application, the platform and the program's data as separate C
 *     files and compile only those that changed (issue #12 item 5: after a change to the
 *     application, its file and the data's); the default, {@code false}, translates to one C file,
 *     compiled whole on every build, where gcc sees the whole program: the echo's round trip is
 *     3.7% fewer instructions that way (docs/contracts.md §9)
 */
public record ImageRequest(
        List<Path> applicationClasspath,
        String mainClass,
        Path output,
        Path workDir,
        int memoryMiB,
        Consumer<String> log,
        Target platform,
        List<String> reflectionClasses,
        boolean incremental) {
    /** An image translated to one C file (the default). */
    public ImageRequest(
            List<Path> applicationClasspath,
            String mainClass,
            Path output,
            Path workDir,
            int memoryMiB,
            Consumer<String> log,
            Target platform,
            List<String> reflectionClasses) {
        this(applicationClasspath, mainClass, output, workDir, memoryMiB, log, platform, reflectionClasses, false);
    }

    /** An image without a {@code <reflection>} list. */
    public ImageRequest(
            List<Path> applicationClasspath,
            String mainClass,
            Path output,
            Path workDir,
            int memoryMiB,
            Consumer<String> log,
            Target platform) {
        this(applicationClasspath, mainClass, output, workDir, memoryMiB, log, platform, List.of());
    }

    /** A PVH image ({@link Target#VM}). */
    public ImageRequest(
            List<Path> applicationClasspath,
            String mainClass,
            Path output,
            Path workDir,
            int memoryMiB,
            Consumer<String> log) {
        this(applicationClasspath, mainClass, output, workDir, memoryMiB, log, Target.VM);
    }

    public ImageRequest {
        Objects.requireNonNull(platform, "platform");
        applicationClasspath = List.copyOf(applicationClasspath);
        reflectionClasses = List.copyOf(reflectionClasses);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(log, "log");
        if (memoryMiB < 1) {
            throw new IllegalArgumentException("guest memory must be at least 1 MiB, was " + memoryMiB + " MiB");
        }
    }
}
