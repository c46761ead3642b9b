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
 * @param wholeProgram translate to one C file, as before the split of issue #12 item 5: gcc may
 *     then inline the application's calls into the platform too, but every build compiles all of
 *     it (the default, {@code false}, writes the application, the platform and the program's data
 *     in separate files and compiles only the ones that changed)
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
        boolean wholeProgram) {
    /** An image cut into several C files (the default). */
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
