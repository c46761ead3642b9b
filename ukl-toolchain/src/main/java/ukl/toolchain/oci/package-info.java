/**
 * Packaging for existing engines: an image as an OCI image layout (image-spec v1.1: {@code
 * oci-layout}, {@code index.json}, {@code blobs/sha256/}) and the same layout as one tar archive
 * for {@code ctr image import}.
 *
 * <p>One layer, uncompressed, holding one file. For the process platform the file is the static
 * executable and the config makes it the entrypoint, its arguments the command: runc runs it like
 * any container. For the VM platform the file is the PVH kernel under {@code /boot/}, where
 * KubeVirt's {@code kernelBoot.container.kernelPath} finds it, and the config's labels (copied to
 * the manifest's annotations) are urunc's ({@code com.urunc.unikernel.*}). Depends only on {@code
 * ukl.boot.Target} and Commons Compress; tar entries carry fixed owners and times, so the same
 * image gives the same digests.
 */
package ukl.toolchain.oci;
