package ukl.toolchain.oci;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import ukl.boot.Target;
import ukl.toolchain.ToolchainException;

/**
 * Writes a built image as an OCI image layout and as an OCI archive (see the package
 * documentation for what each platform's layout holds and which engine takes it).
 */
public final class OciImage {
    static final String LAYER_TYPE = "application/vnd.oci.image.layer.v1.tar";
    static final String CONFIG_TYPE = "application/vnd.oci.image.config.v1+json";
    static final String MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json";
    static final String INDEX_TYPE = "application/vnd.oci.image.index.v1+json";
    /** KubeVirt runs QEMU as uid/gid 107, which must be able to read the kernel file. */
    static final int KUBEVIRT_QEMU_ID = 107;

    private OciImage() {}

    /**
     * Writes {@code layout} (a directory, replaced) and {@code archive} (a tar of the same layout).
     *
     * @param image the executable or PVH kernel {@code ukl:image} built
     * @param platform which of the two it is
     * @param arguments the program's arguments: the config's {@code Cmd} for a process, the kernel
     *     command line (KubeVirt's {@code kernelArgs}, urunc's {@code cmdline}) for a VM
     * @param tag the name the layout gives the image ({@code org.opencontainers.image.ref.name})
     * @return the manifest's digest, {@code sha256:<hex>}
     */
    public static String write(
            Path image, Target platform, List<String> arguments, String tag, Path layout, Path archive)
            throws ToolchainException {
        try {
            byte[] file = Files.readAllBytes(image);
            String path = filePath(image, platform);
            Map<String, byte[]> blobs = new LinkedHashMap<>();

            byte[] layer = layerTar(path, file, platform);
            String layerDigest = digest(layer);
            blobs.put(layerDigest, layer);

            Map<String, String> labels = labels(path, platform, arguments, tag);
            byte[] config = Json.write(config(path, platform, arguments, labels, layerDigest))
                    .getBytes(StandardCharsets.UTF_8);
            String configDigest = digest(config);
            blobs.put(configDigest, config);

            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("schemaVersion", 2);
            manifest.put("mediaType", MANIFEST_TYPE);
            manifest.put("config", descriptor(CONFIG_TYPE, configDigest, config.length));
            manifest.put("layers", List.of(descriptor(LAYER_TYPE, layerDigest, layer.length)));
            manifest.put("annotations", labels);
            byte[] manifestBytes = Json.write(manifest).getBytes(StandardCharsets.UTF_8);
            String manifestDigest = digest(manifestBytes);
            blobs.put(manifestDigest, manifestBytes);

            Map<String, Object> entry = descriptor(MANIFEST_TYPE, manifestDigest, manifestBytes.length);
            entry.put("platform", Map.of("architecture", "amd64", "os", "linux"));
            entry.put("annotations", Map.of("org.opencontainers.image.ref.name", tag));
            Map<String, Object> index = new LinkedHashMap<>();
            index.put("schemaVersion", 2);
            index.put("mediaType", INDEX_TYPE);
            index.put("manifests", List.of(entry));

            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
            files.put("index.json", Json.write(index).getBytes(StandardCharsets.UTF_8));
            blobs.forEach((digest, bytes) -> files.put("blobs/sha256/" + digest.substring(7), bytes));

            writeDirectory(layout, files);
            Files.createDirectories(archive.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(archive)) {
                out.write(archiveTar(files));
            }
            return manifestDigest;
        } catch (IOException e) {
            throw new ToolchainException("cannot write the OCI image " + layout + ": " + e.getMessage(), e);
        }
    }

    /** Where the one file sits in the image's filesystem. */
    static String filePath(Path image, Target platform) {
        String name = image.getFileName().toString();
        return platform == Target.PROCESS ? "/" + name : "/boot/" + name;
    }

    private static Map<String, String> labels(String path, Target platform, List<String> arguments, String tag) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", path.substring(path.lastIndexOf('/') + 1));
        if (platform == Target.VM) {
            // urunc reads these (its annotation names); "ukl" is a unikernel type urunc does not know yet
            labels.put("com.urunc.unikernel.unikernelType", "ukl");
            labels.put("com.urunc.unikernel.hypervisor", "qemu");
            labels.put("com.urunc.unikernel.binary", path);
            labels.put("com.urunc.unikernel.cmdline", String.join(" ", arguments));
        }
        return labels;
    }

    private static Map<String, Object> config(
            String path, Target platform, List<String> arguments, Map<String, String> labels, String layerDigest) {
        Map<String, Object> run = new LinkedHashMap<>();
        if (platform == Target.PROCESS) {
            run.put("Entrypoint", List.of(path));
            run.put("Cmd", List.copyOf(arguments));
            run.put("WorkingDir", "/");
        }
        run.put("Labels", labels);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("architecture", "amd64");
        config.put("os", "linux");
        config.put("config", run);
        config.put("rootfs", Map.of("type", "layers", "diff_ids", List.of(layerDigest)));
        config.put("history", List.of(Map.of("created_by", "mvn ukl:image -Dukl.oci=true")));
        return config;
    }

    private static Map<String, Object> descriptor(String mediaType, String digest, long size) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("mediaType", mediaType);
        d.put("digest", digest);
        d.put("size", size);
        return d;
    }

    /** The one layer: the file and its directory; an executable for runc, a kernel KubeVirt's QEMU reads. */
    private static byte[] layerTar(String path, byte[] file, Target platform) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            int owner = platform == Target.VM ? KUBEVIRT_QEMU_ID : 0;
            if (platform == Target.VM) {
                add(tar, "boot/", null, 040755, 0);
            }
            add(tar, path.substring(1), file, platform == Target.PROCESS ? 0100755 : 0100444, owner);
        }
        return bytes.toByteArray();
    }

    private static byte[] archiveTar(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            add(tar, "blobs/", null, 040755, 0);
            add(tar, "blobs/sha256/", null, 040755, 0);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                add(tar, f.getKey(), f.getValue(), 0100644, 0);
            }
        }
        return bytes.toByteArray();
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content, int mode, int owner)
            throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(mode);
        entry.setUserId(owner);
        entry.setGroupId(owner);
        entry.setModTime(0L); // fixed, so the same image gives the same layer digest
        if (content != null) {
            entry.setSize(content.length);
        }
        tar.putArchiveEntry(entry);
        if (content != null) {
            tar.write(content);
        }
        tar.closeArchiveEntry();
    }

    private static void writeDirectory(Path layout, Map<String, byte[]> files) throws IOException {
        if (Files.exists(layout)) {
            try (var walk = Files.walk(layout)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = layout.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
    }

    static String digest(byte[] bytes) {
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
