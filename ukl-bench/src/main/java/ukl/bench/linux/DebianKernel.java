package ukl.bench.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Debian kernel package, downloaded with {@code apt-get download} and unpacked with
 * {@code dpkg-deb -x} into the cache (never installed: the host's boot setup stays untouched).
 *
 * @param packageName the concrete package, e.g. {@code linux-image-6.1.0-56-cloud-amd64}
 * @param vmlinuz the bzImage QEMU boots with {@code -kernel}
 * @param modules {@code lib/modules/<version>} of the unpacked package
 */
record DebianKernel(String packageName, Path vmlinuz, Path modules) {
    private static final Duration APT_TIMEOUT = Duration.ofMinutes(5);
    /** A meta-package such as {@code linux-image-cloud-amd64} depends on exactly one versioned image. */
    private static final Pattern VERSIONED_IMAGE =
            Pattern.compile("^\\s*Depends:\\s*(linux-image-\\d\\S*)\\s*$", Pattern.MULTILINE);

    /** The kernel of {@code packageName} (a meta-package or a versioned one), from the cache or apt. */
    static DebianKernel fetch(String packageName, Path cacheDir) throws LinuxGuestException {
        String concrete = resolve(packageName);
        Path unpacked = cacheDir.resolve("kernels").resolve(concrete);
        if (!Files.isDirectory(unpacked)) unpack(download(concrete, cacheDir.resolve("debs")), unpacked);
        return locate(concrete, unpacked);
    }

    /** Follows a meta-package to its versioned image; apt-cache reads only the local package lists. */
    private static String resolve(String packageName) throws LinuxGuestException {
        String aptCache = Commands.require("apt-cache", "apt");
        List<String> depends = List.of(aptCache, "depends", "--no-recommends", "--no-suggests", packageName);
        String output;
        try {
            output = Commands.run(depends, Path.of("/"), APT_TIMEOUT);
        } catch (LinuxGuestException unknown) {
            updatePackageLists(packageName, unknown);
            output = Commands.run(depends, Path.of("/"), APT_TIMEOUT);
        }
        Matcher m = VERSIONED_IMAGE.matcher(output);
        return m.find() ? m.group(1) : packageName;
    }

    /** {@code apt-get download} needs package lists; a fresh machine or container has none yet. */
    private static void updatePackageLists(String packageName, LinuxGuestException why) throws LinuxGuestException {
        String aptGet = Commands.require("apt-get", "apt");
        try {
            Commands.run(List.of(aptGet, "update"), Path.of("/"), APT_TIMEOUT);
        } catch (LinuxGuestException e) {
            throw new LinuxGuestException(
                    "apt knows no package " + packageName + " ("
                            + why.getMessage().strip() + "), and 'apt-get update' failed too: " + e.getMessage(),
                    e);
        }
    }

    private static Path download(String packageName, Path debs) throws LinuxGuestException {
        try {
            Files.createDirectories(debs);
            Optional<Path> cached = debOf(packageName, debs);
            if (cached.isPresent()) return cached.get();
            String aptGet = Commands.require("apt-get", "apt");
            try {
                Commands.run(List.of(aptGet, "download", packageName), debs, APT_TIMEOUT);
            } catch (LinuxGuestException noCandidate) {
                updatePackageLists(packageName, noCandidate);
                Commands.run(List.of(aptGet, "download", packageName), debs, APT_TIMEOUT);
            }
            return debOf(packageName, debs)
                    .orElseThrow(() -> new LinuxGuestException("apt-get download " + packageName
                            + " succeeded but left no " + packageName + "_*.deb in " + debs));
        } catch (IOException e) {
            throw new LinuxGuestException("cannot use the download directory " + debs + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Path> debOf(String packageName, Path debs) throws IOException {
        try (Stream<Path> files = Files.list(debs)) {
            return files.filter(f -> f.getFileName().toString().startsWith(packageName + "_")
                            && f.getFileName().toString().endsWith(".deb"))
                    .findFirst();
        }
    }

    private static void unpack(Path deb, Path target) throws LinuxGuestException {
        String dpkgDeb = Commands.require("dpkg-deb", "dpkg");
        try {
            CacheEntry.build(
                    target,
                    scratch -> Commands.run(
                            List.of(dpkgDeb, "-x", deb.toString(), scratch.toString()), scratch, APT_TIMEOUT));
        } catch (IOException e) {
            throw new LinuxGuestException("cannot unpack " + deb + " into " + target + ": " + e.getMessage(), e);
        }
    }

    private static DebianKernel locate(String packageName, Path unpacked) throws LinuxGuestException {
        try (Stream<Path> boot = Files.list(unpacked.resolve("boot"));
                Stream<Path> versions = Files.list(unpacked.resolve("lib/modules"))) {
            Path vmlinuz = boot.filter(f -> f.getFileName().toString().startsWith("vmlinuz-"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("no boot/vmlinuz-*"));
            Path modules = versions.findFirst().orElseThrow(() -> new IOException("no lib/modules/<version>"));
            return new DebianKernel(packageName, vmlinuz, modules);
        } catch (IOException e) {
            throw new LinuxGuestException(
                    "package " + packageName + " unpacked in " + unpacked + " is not a kernel image (" + e.getMessage()
                            + "): name a linux-image-* package, or delete that directory",
                    e);
        }
    }

    /**
     * The file of module {@code name} (e.g. {@code virtio_net}) under {@link #modules}. Debian 12
     * ships them uncompressed; a kernel whose modules are {@code .ko.xz} fails here by name.
     */
    Path module(String name) throws LinuxGuestException {
        try (Stream<Path> files = Files.walk(modules.resolve("kernel"))) {
            return files.filter(f -> f.getFileName().toString().equals(name + ".ko"))
                    .findFirst()
                    .orElseThrow(
                            () -> new LinuxGuestException(
                                    "kernel package " + packageName + " has no module " + name + ".ko under " + modules
                                            + ": use a kernel that builds virtio as uncompressed modules (Debian 12's cloud kernel does)"));
        } catch (IOException e) {
            throw new LinuxGuestException("cannot search " + modules + ": " + e.getMessage(), e);
        }
    }
}
