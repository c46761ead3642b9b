package ukl.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import ukl.toolchain.ImageResult;
import ukl.toolchain.RunRequest;
import ukl.toolchain.Toolchain;
import ukl.toolchain.ToolchainException;

/**
 * Builds the image if it is out of date and boots it in QEMU with the serial console on this
 * terminal. A guest exit status other than 0 fails the build with that status in the message.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public final class RunMojo extends AbstractUklMojo {
    /** The program's arguments, separated by spaces. */
    @Parameter(property = "ukl.args", defaultValue = "")
    String args;

    /** {@code auto} (KVM only where the CPU has vmx/svm, else TCG), {@code tcg} or {@code kvm}. */
    @Parameter(property = "ukl.accel", defaultValue = "auto")
    String accelerator;

    /**
     * Starts the guest halted with QEMU's gdb stub on this port (1234 with a bare
     * {@code -Dukl.debug}) and prints the gdb command that attaches with the Java sources; 0 runs
     * it normally.
     */
    @Parameter(property = "ukl.debug", defaultValue = "0")
    String debug;

    /** -Dukl.debug alone sets the property to the empty string (or "true"): the default port. */
    private int gdbPort() throws MojoFailureException {
        String d = debug == null ? "0" : debug.trim();
        if (d.isEmpty() || d.equals("true")) {
            return 1234;
        }
        if (d.equals("false")) {
            return 0;
        }
        try {
            return Integer.parseInt(d);
        } catch (NumberFormatException e) {
            throw new MojoFailureException(
                    "-Dukl.debug=" + d + ": give a port number for QEMU's gdb stub, or no value for 1234");
        }
    }

    private List<java.nio.file.Path> sourceDirs() {
        return project.getCompileSourceRoots().stream()
                .map(java.nio.file.Path::of)
                .toList();
    }

    @Override
    public void execute() throws MojoFailureException {
        try {
            ImageResult image = Toolchain.build(imageRequest());
            List<String> words = args == null || args.isBlank()
                    ? List.of()
                    : List.of(args.trim().split(" +"));
            int status = Toolchain.run(new RunRequest(
                    image.image(), memoryMiB(), words, accelerator, getLog()::info, gdbPort(), sourceDirs()));
            if (status != 0) {
                throw new MojoFailureException("the guest exited with status " + status);
            }
        } catch (ToolchainException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
