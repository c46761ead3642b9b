package ukl.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import ukl.boot.Target;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.MemorySize;

/** Parameters shared by the goals, and their mapping onto an {@link ImageRequest}. */
abstract class AbstractUklMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The class whose {@code main} the image runs; defaults to the jar manifest's {@code Main-Class}. */
    @Parameter(property = "ukl.mainClass")
    String mainClass;

    /** Guest memory, e.g. {@code 64M} or {@code 1G} (a plain number is MiB). */
    @Parameter(property = "ukl.memory", defaultValue = "64M")
    String memory;

    /**
     * What the image runs on: {@code vm} (a PVH image for QEMU or Firecracker) or {@code process}
     * (a static Linux x86-64 executable, its network on a tap device named by {@code ukl.tap=} on
     * its command line, confined by seccomp).
     */
    @Parameter(property = "ukl.platform", defaultValue = "vm")
    String platform;

    /** The image to write. */
    @Parameter(property = "ukl.output", defaultValue = "${project.build.directory}/${project.artifactId}.ukl")
    File output;

    /** Intermediate files, caches and the link report. */
    @Parameter(property = "ukl.workDir", defaultValue = "${project.build.directory}/ukl")
    File workDir;

    /**
     * Classes whose public constructors, methods and fields stay available to reflection with names
     * known only at run time ({@code Class.forName(name)}, {@code getMethod(name, ...)}):
     * {@code <reflection><class>com.example.Plugin</class></reflection>}. Lookups with constant
     * arguments need no entry: the linker folds them.
     */
    @Parameter
    List<String> reflection;

    /**
     * Write the application, the platform and the program's data as separate C files and compile
     * only those that changed: for the edit-build loop (the echo server rebuilds with 1.2 s of gcc
     * instead of 13 s). By default the program is one C file and gcc sees all of it, which the
     * benchmarks measure (docs/contracts.md §9).
     */
    @Parameter(property = "ukl.incremental", defaultValue = "false")
    boolean incremental;

    ImageRequest imageRequest() throws MojoFailureException {
        List<Path> classpath = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                classpath.add(Path.of(element));
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoFailureException("cannot resolve the runtime class path of " + project.getId(), e);
        }
        return new ImageRequest(
                classpath,
                mainClass,
                output.toPath(),
                workDir.toPath(),
                memoryMiB(),
                getLog()::info,
                target(),
                reflection == null ? List.of() : reflection,
                incremental);
    }

    Target target() throws MojoFailureException {
        try {
            return Target.of(platform);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("<platform>/-Dukl.platform: " + e.getMessage());
        }
    }

    int memoryMiB() throws MojoFailureException {
        try {
            return MemorySize.parseMiB(memory);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("<memory>/-Dukl.memory: " + e.getMessage());
        }
    }
}
