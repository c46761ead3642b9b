package ukl.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;
import ukl.toolchain.ToolchainException;

/**
 * Builds the application into a bootable image, {@code target/<artifactId>.ukl}, with its link
 * report in {@code target/ukl/link-report.txt} and {@code .json}.
 */
@Mojo(
        name = "image",
        defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public final class ImageMojo extends AbstractUklMojo {
    @Override
    public void execute() throws MojoFailureException {
        try {
            ImageResult result = Toolchain.build(imageRequest());
            getLog().info("image: " + result.image() + " (" + result.imageBytes() / 1024 + " KiB)"
                    + (result.upToDate() ? ", up to date" : ""));
            getLog().info("link report: " + result.reportText());
        } catch (ToolchainException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
