package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import ukl.bench.net.TapNetwork;
import ukl.boot.Target;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.ProcessGuard;
import ukl.boot.qemu.Qemu;
import ukl.boot.qemu.RunningQemu;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.Toolchain;

/**
 * The network corpus (corpus.net): ordinary java.net/java.nio programs, each run on the JVM and as
 * an image on a tap device inside a namespace this test makes and removes, with the same client
 * ({@link NetClients}) on the other side. The program's standard output, standard error and exit
 * status, and what the client printed, must be the same bytes on both (STYLE.md §9), and again
 * for the same programs linked for the process platform, on the same tap. All programs share one
 * image (and one executable) behind the corpus's dispatcher ({@link CorpusImage}).
 */
class NetworkCorpusTest {
    private static final Path WORK = Path.of("target", "net-corpus").toAbsolutePath();
    private static final int MEMORY_MIB = 64;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(90);

    /** Who starts the conversation: the client talks to a server program, or serves a client program. */
    enum Role {
        SERVER,
        CLIENT,
        ALONE
    }

    /**
     * A program, its role, the client's scenario (or none), its arguments after the port, and for
     * a client the peer it is given: an address, or a name the hosts tables resolve.
     */
    record Case(String program, Role role, String scenario, List<String> extraArgs, String peer) {
        Case(String program, Role role, String scenario, List<String> extraArgs) {
            this(program, role, scenario, extraArgs, TapNetwork.HOST_ADDRESS);
        }

        String className() {
            return "corpus.net." + program;
        }

        String name() {
            return peer.equals(TapNetwork.HOST_ADDRESS) ? program : program + " to " + peer;
        }
    }

    /**
     * The namespace's side of the tap by name: the JVM finds it in the namespace's /etc/hosts, the
     * image in its {@code ukl.hosts} option.
     */
    private static final String PEER_NAME = "uklpeer";

    static final List<Case> CASES = List.of(
            new Case("BlockingLineServer", Role.SERVER, "lines", List.of()),
            new Case("SelectorEchoServer", Role.SERVER, "concurrent", List.of()),
            new Case("UdpEchoServer", Role.SERVER, "udp", List.of()),
            new Case("ReadTimeoutServer", Role.SERVER, "slow", List.of()),
            new Case("HalfCloseServer", Role.SERVER, "half-close", List.of()),
            new Case("LargeTransferServer", Role.SERVER, "large", List.of()),
            new Case("SequentialServer", Role.SERVER, "sequential", List.of("200")),
            new Case("LineClient", Role.CLIENT, "serve-lines", List.of()),
            new Case("LineClient", Role.CLIENT, "serve-lines", List.of(), PEER_NAME),
            new Case("ConnectRefused", Role.CLIENT, null, List.of()),
            new Case("AcceptTimeout", Role.ALONE, null, List.of()),
            new Case("LoopbackTcp", Role.ALONE, null, List.of()),
            new Case("LoopbackUdp", Role.ALONE, null, List.of()),
            new Case("InterruptedChannels", Role.ALONE, null, List.of()),
            new Case("InterruptedSockets", Role.ALONE, null, List.of()));

    private static TapNetwork network;
    private static List<Path> classpath;
    private static Path image;
    private static Path executable;

    /** What one run showed: the program's output and status, and the client's output. */
    record Transcript(String stdout, String stderr, int status, String client) {}

    @BeforeAll
    static void build() throws Exception {
        Path corpus = Corpus.location();
        List<String> programs = CASES.stream().map(Case::className).distinct().toList();
        classpath = List.of(corpus, CorpusImage.compileDispatcher(WORK.resolve("dispatch"), corpus, programs));
        image = Toolchain.build(new ImageRequest(
                        classpath,
                        CorpusImage.DISPATCHER,
                        WORK.resolve("net-corpus.ukl"),
                        WORK.resolve("work"),
                        MEMORY_MIB,
                        line -> {}))
                .image();
        executable = Toolchain.build(new ImageRequest(
                        classpath,
                        CorpusImage.DISPATCHER,
                        WORK.resolve("net-corpus-process.ukl"),
                        WORK.resolve("work-process"),
                        MEMORY_MIB,
                        line -> {},
                        Target.PROCESS))
                .image();
        network = TapNetwork.create("uklnet");
        network.hosts(java.util.Map.of(PEER_NAME, TapNetwork.HOST_ADDRESS));
    }

    @AfterAll
    static void removeNetwork() {
        if (network != null) {
            network.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> networkProgramsBehaveAsOnTheJvm() {
        List<DynamicTest> tests = new ArrayList<>();
        String only = System.getProperty("ukl.corpus.only"); // as DifferentialCorpusTest's, over corpus.net.Name
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            if (only != null && !c.className().matches(only)) {
                continue;
            }
            int port = 7100 + 10 * i;
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                Transcript jvm = onJvm(c, port);
                assertSame(jvm, asImage(c, port), c.name() + " as an image");
                assertSame(jvm, asProcess(c, port), c.name() + " as a process");
            }));
        }
        return tests.stream();
    }

    private static void assertSame(Transcript jvm, Transcript ours, String what) {
        assertEquals(jvm.client(), ours.client(), what + ": the client's transcript differs");
        assertEquals(jvm.stdout(), ours.stdout(), what + ": standard output differs");
        assertEquals(jvm.stderr(), ours.stderr(), what + ": standard error differs");
        assertEquals(jvm.status(), ours.status(), what + ": exit status differs");
    }

    /** The program in a JVM inside the namespace; the client reaches it at the namespace's own address. */
    private static Transcript onJvm(Case c, int port) throws Exception {
        Path dir = Files.createDirectories(WORK.resolve("jvm").resolve(c.name().replace(' ', '-')));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        try (Peer peer = Peer.serving(c, port)) {
            List<String> command = new ArrayList<>(List.of(
                    java(),
                    "-Xmx" + MEMORY_MIB + "m",
                    "-XX:+UseSerialGC",
                    "-XX:-ShowCodeDetailsInExceptionMessages",
                    "-cp",
                    classpath.stream().map(Path::toString).collect(Collectors.joining(":")),
                    CorpusImage.DISPATCHER));
            command.addAll(programArgs(c, port));
            Process program = new ProcessBuilder(network.command(command))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            try (ProcessGuard guard = new ProcessGuard(program)) {
                String client = "";
                if (c.role() == Role.SERVER) {
                    awaitFile(out, "listening on", program);
                    client = runClient(c.scenario(), TapNetwork.HOST_ADDRESS, port, c.extraArgs());
                }
                if (!program.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                    throw new AssertionError(c.program() + " did not end on the JVM within " + TIME_LIMIT + "\nstdout: "
                            + Files.readString(out) + "\nstderr: " + Files.readString(err));
                }
                return new Transcript(
                        Files.readString(out), Files.readString(err), program.exitValue(), client + peer.finish());
            }
        }
    }

    /** The program as an image on the tap; the client reaches it at the guest's address. */
    private static Transcript asImage(Case c, int port) throws Exception {
        try (Peer peer = Peer.serving(c, port);
                RunningQemu guest = Qemu.forImage(image)
                        .memoryMiB(MEMORY_MIB)
                        .accelerator(Accelerator.AUTO)
                        .cmdline("ukl.ip=" + TapNetwork.GUEST_ADDRESS + "/24 ukl.gw=" + TapNetwork.HOST_ADDRESS
                                + " ukl.hosts=" + PEER_NAME + ":" + TapNetwork.HOST_ADDRESS + " -- "
                                + String.join(" ", programArgs(c, port)))
                        .extraArgs(TapNetwork.qemuNetdevArgs("52:54:00:12:34:56"))
                        .under(network.command(List.of()))
                        .start()) {
            String client = "";
            if (c.role() == Role.SERVER) {
                guest.awaitStdout("listening on", Duration.ofSeconds(30));
                client = runClient(c.scenario(), TapNetwork.GUEST_ADDRESS, port, c.extraArgs());
            }
            int status = guest.awaitExit(TIME_LIMIT);
            return new Transcript(guest.stdout(), guest.stderr(), status, client + peer.finish());
        }
    }

    /** The program as a process-platform executable on the same tap, with the image's kernel options. */
    private static Transcript asProcess(Case c, int port) throws Exception {
        try (Peer peer = Peer.serving(c, port);
                ProcessServer program = ProcessServer.start(
                        network,
                        executable,
                        List.of(
                                "ukl.ip=" + TapNetwork.GUEST_ADDRESS + "/24",
                                "ukl.gw=" + TapNetwork.HOST_ADDRESS,
                                "ukl.hosts=" + PEER_NAME + ":" + TapNetwork.HOST_ADDRESS),
                        programArgs(c, port))) {
            String client = "";
            if (c.role() == Role.SERVER) {
                program.awaitStdout("listening on", Duration.ofSeconds(30));
                client = runClient(c.scenario(), TapNetwork.GUEST_ADDRESS, port, c.extraArgs());
            }
            int status = program.awaitExit(TIME_LIMIT);
            return new Transcript(program.stdout(), program.stderr(), status, client + peer.finish());
        }
    }

    private static List<String> programArgs(Case c, int port) {
        List<String> args = new ArrayList<>(List.of(c.className(), Integer.toString(port)));
        if (c.role() == Role.CLIENT) {
            args.add(c.peer()); // the namespace's side of the tap, where NetClients serves
        }
        args.addAll(c.extraArgs());
        return args;
    }

    /** A client scenario run to its end inside the namespace; its output, or why it failed. */
    private static String runClient(String scenario, String address, int port, List<String> extra)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                java(), "-cp", testClasses(), NetClients.class.getName(), scenario, address, Integer.toString(port)));
        command.addAll(extra);
        Path output = Files.createTempFile("ukl-net-client", ".txt");
        Process p = new ProcessBuilder(network.command(command))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try (ProcessGuard guard = new ProcessGuard(p)) {
            boolean ended = p.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
            String text = Files.readString(output);
            if (!ended) {
                return "client did not finish within " + TIME_LIMIT + ":\n" + text;
            }
            return p.exitValue() != 0 ? "client failed:\n" + text : text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /**
     * For a client program, the serving side started before the program and finished after it;
     * nothing for the other roles.
     */
    private record Peer(Process process, ProcessGuard guard, Path output) implements AutoCloseable {
        static Peer serving(Case c, int port) throws Exception {
            if (c.role() != Role.CLIENT || c.scenario() == null) {
                return new Peer(null, null, null);
            }
            Path output = Files.createTempFile("ukl-net-peer", ".txt");
            Process p = new ProcessBuilder(network.command(List.of(
                            java(),
                            "-cp",
                            testClasses(),
                            NetClients.class.getName(),
                            c.scenario(),
                            "0.0.0.0",
                            Integer.toString(port))))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            Peer peer = new Peer(p, new ProcessGuard(p), output); // killed by its PID if anything below fails
            try {
                awaitFile(output, "serving", p);
                return peer;
            } catch (Exception | Error e) {
                peer.close();
                throw e;
            }
        }

        String finish() throws Exception {
            if (process == null) {
                return "";
            }
            if (!process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                return "peer did not finish:\n" + Files.readString(output);
            }
            return Files.readString(output);
        }

        @Override
        public void close() throws IOException {
            if (process != null) {
                guard.close();
                Files.deleteIfExists(output);
            }
        }
    }

    private static void awaitFile(Path file, String marker, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.readString(file).contains(marker)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no '" + marker + "' from "
                        + process.info().commandLine().orElse("?") + ":\n" + Files.readString(file));
            }
            Thread.sleep(10);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String testClasses() {
        try {
            return Path.of(NetClients.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
