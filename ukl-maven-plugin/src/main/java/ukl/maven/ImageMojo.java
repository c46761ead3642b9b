package ukl.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;
import ukl.toolchain.ToolchainException;
import ukl.toolchain.oci.OciImage;

/**
 * Builds the application into a bootable image, {@code target/<artifactId>.ukl}, with its link
 * report in {@code target/ukl/link-report.txt} and {@code .json}; with {@code -Dukl.oci=true} also
 * an OCI image layout ({@code target/<artifactId>-oci/}) and the same as an archive
 * ({@code target/<artifactId>-oci.tar}, for {@code ctr image import}, {@code skopeo copy
 * oci-archive:...}).
 */
@Mojo(
        name = "image",
        defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public final class ImageMojo extends AbstractUklMojo {
    /** Also write the image as an OCI image layout and archive. */
    @Parameter(property = "ukl.oci", defaultValue = "false")
    boolean oci;

    /**
     * The arguments the OCI image carries, separated by spaces: the container's command for a
     * process (e.g. {@code ukl.tap=tap0 ukl.ip=10.0.2.15/24 -- 7}), the kernel command line for a
     * VM (urunc's {@code cmdline} annotation; KubeVirt takes its own {@code kernelArgs}).
     */
    @Parameter(property = "ukl.ociArgs", defaultValue = "")
    String ociArgs;

    /** The OCI layout's directory; the archive is written beside it as {@code <directory>.tar}. */
    @Parameter(property = "ukl.ociLayout", defaultValue = "${project.build.directory}/${project.artifactId}-oci")
    File ociLayout;

    /** The image's tag in the layout ({@code org.opencontainers.image.ref.name}). */
    @Parameter(property = "ukl.ociTag", defaultValue = "latest")
    String ociTag;

    @Override
    public void execute() throws MojoFailureException {
        try {
            ImageResult result = Toolchain.build(imageRequest());
            getLog().info("image: " + result.image() + " (" + result.imageBytes() / 1024 + " KiB)"
                    + (result.upToDate() ? ", up to date" : ""));
            getLog().info("link report: " + result.reportText());
            if (oci) {
                List<String> words = ociArgs == null || ociArgs.isBlank()
                        ? List.of()
                        : List.of(ociArgs.trim().split(" +"));
                java.nio.file.Path layout = ociLayout.toPath();
                java.nio.file.Path archive = layout.resolveSibling(layout.getFileName() + ".tar");
                String digest = OciImage.write(result.image(), target(), words, ociTag, layout, archive);
                getLog().info("OCI image: " + layout + " and " + archive + " (manifest " + digest + ")");
            }
        } catch (ToolchainException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
