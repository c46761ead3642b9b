package ukl.bench.linux;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import ukl.bench.net.TapNetwork;

/**
 * Builds a {@link GuestImage}: Debian's cloud kernel plus an initramfs holding the virtio-net
 * modules, a static init ({@code init.c}) and one payload, a userspace server.
 *
 * <pre>{@code
 * GuestImage image = LinuxGuest.builder().payloadCEchoServer(7).build();
 * }</pre>
 *
 * Everything is cached under {@link Builder#cacheDir} (default {@code ~/.cache/ukl/linux-guest}):
 * the kernel package, the JRE, and each initramfs under a hash of all its inputs, so a repeated
 * build is a few file reads.
 */
public final class LinuxGuest {
    /** Virtio-net as modules, dependencies first (DESIGN.md, Linux guest): what {@code modprobe} would load. */
    static final List<String> MODULES = List.of(
            "virtio_ring",
            "virtio",
            "virtio_pci_modern_dev",
            "virtio_pci_legacy_dev",
            "virtio_pci",
            "failover",
            "net_failover",
            "virtio_net");
    /** Debian 12's meta-package for the kernel built for virtual machines. */
    public static final String DEFAULT_KERNEL_PACKAGE = "linux-image-cloud-amd64";
    /**
     * The Java payload's default JVM flags: native access for the libc-style stubs' foreign calls,
     * the class-data-sharing archive jlink generated when it maps (else run without), and no
     * {@code hsperfdata} file (nothing in the guest reads it).
     */
    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("--enable-native-access=ALL-UNNAMED", "-Xshare:auto", "-XX:-UsePerfData");

    private LinuxGuest() {}

    public static Builder builder() {
        return new Builder();
    }

    /** What the guest runs once its network is up. */
    private sealed interface Payload {}

    private record CPayload(String name, byte[] source, List<String> args) implements Payload {}

    private record JavaPayload(Path jar, String mainClass, List<String> args, List<String> jvmOptions)
            implements Payload {}

    /** A dynamically linked host program, run as {@code /ukl/bin/<name>} beside the host's libraries it needs. */
    private record HostPayload(Path executable, String name, List<String> args) implements Payload {}

    public static final class Builder {
        private Path cacheDir = Path.of(System.getProperty("user.home"), ".cache", "ukl", "linux-guest");
        private String kernelPackage = DEFAULT_KERNEL_PACKAGE;
        private Payload payload;

        private Builder() {}

        public Builder cacheDir(Path dir) {
            this.cacheDir = dir.toAbsolutePath();
            return this;
        }

        /** A {@code linux-image-*} package name, or a meta-package depending on one. */
        public Builder kernelPackage(String name) {
            this.kernelPackage = Objects.requireNonNull(name);
            return this;
        }

        /** Runs the C program {@code source}, compiled static with gcc, with {@code args}. */
        public Builder payloadC(Path source, List<String> args) {
            try {
                String name = source.getFileName().toString().replaceFirst("\\.c$", "");
                this.payload = new CPayload(name, Files.readAllBytes(source), List.copyOf(args));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read C payload " + source, e);
            }
            return this;
        }

        /** Runs the bundled C echo server ({@code echo-server.c}: poll-based, TCP_NODELAY) on {@code port}. */
        public Builder payloadCEchoServer(int port) {
            return payloadCEchoServer(List.of(Integer.toString(port)));
        }

        /**
         * The bundled C echo server on {@code port}, also serving RFC 865's quote of the day on {@code
         * quotePort}: a fixed line, then the server closes first.
         */
        public Builder payloadCEchoServer(int port, int quotePort) {
            return payloadCEchoServer(List.of(Integer.toString(port), Integer.toString(quotePort)));
        }

        private Builder payloadCEchoServer(List<String> args) {
            try (InputStream in = LinuxGuest.class.getResourceAsStream("echo-server.c")) {
                this.payload = new CPayload("echo-server", in.readAllBytes(), args);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled echo-server.c", e);
            }
            return this;
        }

        /** Runs {@code mainClass} from {@code jar} on a jlinked JRE with {@link #DEFAULT_JVM_OPTIONS}. */
        public Builder payloadJava(Path jar, String mainClass, List<String> args) {
            return payloadJava(jar, mainClass, args, DEFAULT_JVM_OPTIONS);
        }

        public Builder payloadJava(Path jar, String mainClass, List<String> args, List<String> jvmOptions) {
            if (!Files.isRegularFile(jar))
                throw new IllegalArgumentException("Java payload jar " + jar + " does not exist");
            this.payload = new JavaPayload(jar.toAbsolutePath(), mainClass, List.copyOf(args), List.copyOf(jvmOptions));
            return this;
        }

        /**
         * Runs the host's dynamically linked program {@code executable} (symbolic links followed) as
         * {@code /ukl/bin/<name>} with {@code args}; the shared objects {@code ldd} names for it are
         * copied from the host to the same paths. For a distribution's server exactly as packaged,
         * e.g. Debian's {@code redis-server}, without rebuilding it.
         */
        public Builder payloadHostProgram(Path executable, String name, List<String> args) {
            if (!Files.isRegularFile(executable) || !Files.isExecutable(executable))
                throw new IllegalArgumentException("host program " + executable + " is not an executable file");
            if (name.isEmpty() || name.contains("/"))
                throw new IllegalArgumentException("program name '" + name + "' must be a non-empty file name");
            try {
                this.payload = new HostPayload(executable.toRealPath(), name, List.copyOf(args));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot resolve host program " + executable, e);
            }
            return this;
        }

        public GuestImage build() throws LinuxGuestException {
            if (payload == null)
                throw new IllegalStateException(
                        "no payload: call payloadC, payloadCEchoServer, payloadJava or payloadHostProgram first");
            DebianKernel kernel = DebianKernel.fetch(kernelPackage, cacheDir);
            StaticC gcc = StaticC.locate();
            JavaRuntime jre = payload instanceof JavaPayload ? JavaRuntime.jlinked(cacheDir) : null;
            byte[] init = resource("init.c");
            Path dir = cacheDir.resolve("images").resolve(key(kernel, gcc.version(), init, jre));
            Path initramfs = dir.resolve("initramfs.cpio");
            try {
                CacheEntry.build(dir, work -> assemble(kernel, gcc, init, jre, work));
            } catch (IOException e) {
                throw new LinuxGuestException("cannot write the initramfs in " + dir + ": " + e.getMessage(), e);
            }
            return new GuestImage(
                    kernel.vmlinuz(),
                    initramfs,
                    "console=ttyS0 quiet panic=-1 ukl_ip=" + TapNetwork.GUEST_ADDRESS + "/" + TapNetwork.PREFIX_LENGTH);
        }

        /** Compiles init and the payload in {@code work} and writes {@code work/initramfs.cpio}. */
        private void assemble(DebianKernel kernel, StaticC gcc, byte[] init, JavaRuntime jre, Path work)
                throws IOException, LinuxGuestException {
            Initramfs root = new Initramfs();
            root.file("/init", compile(gcc, work.resolve("init"), init));
            root.characterDevice("/dev/console", 5, 1); // the kernel opens it as init's stdin/out/err
            root.directory("/proc");
            root.directory("/sys");
            root.directory("/tmp");
            for (String module : MODULES) root.file("/lib/modules/" + module + ".ko", kernel.module(module));
            root.file(
                    "/ukl/modules.list",
                    String.join("\n", MODULES).concat("\n").getBytes(StandardCharsets.UTF_8),
                    0644);
            List<String> argv = new ArrayList<>();
            switch (payload) {
                case CPayload c -> {
                    root.file("/ukl/bin/" + c.name(), compile(gcc, work.resolve("payload-" + c.name()), c.source()));
                    argv.add("/ukl/bin/" + c.name());
                    argv.addAll(c.args());
                }
                case HostPayload h -> {
                    root.file("/ukl/bin/" + h.name(), h.executable());
                    for (Path library : SharedLibraries.of(List.of(h.executable()), h.executable()))
                        root.file(library.toString(), library);
                    argv.add("/ukl/bin/" + h.name());
                    argv.addAll(h.args());
                }
                case JavaPayload j -> {
                    root.tree("/jre", jre.home());
                    for (Path library : jre.systemLibraries()) root.file(library.toString(), library);
                    root.file("/app/app.jar", j.jar());
                    argv.add("/jre/bin/java");
                    argv.addAll(j.jvmOptions());
                    argv.addAll(List.of("-cp", "/app/app.jar", j.mainClass()));
                    argv.addAll(j.args());
                }
            }
            root.file("/ukl/payload", nulTerminated(argv), 0644);
            root.write(work.resolve("initramfs.cpio"));
        }

        /** Compiles {@code source} into {@code executable}, next to which it leaves the source for inspection. */
        private static Path compile(StaticC gcc, Path executable, byte[] source)
                throws IOException, LinuxGuestException {
            Path c = executable.resolveSibling(executable.getFileName() + ".c");
            Files.write(c, source);
            gcc.compile(c, executable);
            return executable;
        }

        /** A hash of everything the initramfs is made of. */
        private String key(DebianKernel kernel, String gccVersion, byte[] init, JavaRuntime jre)
                throws LinuxGuestException {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                List<String> parts =
                        new ArrayList<>(List.of(kernel.packageName(), gccVersion, String.join(",", MODULES)));
                switch (payload) {
                    case CPayload c -> {
                        parts.add(c.name());
                        parts.addAll(c.args());
                        sha.update(c.source());
                    }
                    case HostPayload h -> {
                        parts.add(h.executable().toString());
                        parts.add(h.name());
                        parts.addAll(h.args());
                        sha.update(Files.readAllBytes(h.executable()));
                    }
                    case JavaPayload j -> {
                        parts.add(jre.home().toString());
                        parts.add(j.mainClass());
                        parts.addAll(j.jvmOptions());
                        parts.add("--");
                        parts.addAll(j.args());
                        sha.update(Files.readAllBytes(j.jar()));
                    }
                }
                sha.update(init);
                sha.update(nulTerminated(parts));
                return HexFormat.of().formatHex(sha.digest(), 0, 12);
            } catch (NoSuchAlgorithmException | IOException e) {
                throw new LinuxGuestException("cannot hash the guest's inputs: " + e.getMessage(), e);
            }
        }
    }

    private static byte[] nulTerminated(List<String> strings) {
        StringBuilder out = new StringBuilder();
        for (String s : strings) out.append(s).append('\0');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws LinuxGuestException {
        try (InputStream in = LinuxGuest.class.getResourceAsStream(name)) {
            if (in == null)
                throw new LinuxGuestException("resource " + name + " missing from the ukl-bench jar: rebuild it");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new LinuxGuestException("cannot read resource " + name + ": " + e.getMessage(), e);
        }
    }
}
