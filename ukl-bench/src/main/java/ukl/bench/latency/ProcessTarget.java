package ukl.bench.latency;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import ukl.bench.net.TapNetwork;
import ukl.bench.run.BenchException;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;
import ukl.toolchain.ToolchainException;

/**
 * The java.nio echo server linked for the process platform: a static Linux executable whose own
 * TCP/IP stack serves on the same tap the guests use (opened by {@code ukl.tap=tap0}), inside the
 * lab's namespace. No virtualisation: what the μKontainer model costs against the image in QEMU.
 */
final class ProcessTarget implements Target {
    private static final int MEMORY_MIB = 64;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private Path executable;

    @Override
    public String name() {
        return "ukl-process";
    }

    @Override
    public String description() {
        return EchoServerJar.NIO.mainClass() + " as a ukl process-platform executable on the tap";
    }

    @Override
    public void prepare(Lab lab) throws BenchException {
        Path work = lab.options.out().resolve(name());
        try {
            ImageResult built = Toolchain.build(new ImageRequest(
                    List.of(EchoServerJar.NIO.application()),
                    EchoServerJar.NIO.mainClass(),
                    work.resolve("echo-server"),
                    work,
                    MEMORY_MIB,
                    line -> {},
                    ukl.boot.Target.PROCESS));
            executable = built.image();
        } catch (ToolchainException e) {
            throw new BenchException("cannot build the echo server's executable: " + e.getMessage(), e);
        }
    }

    @Override
    public Server start(Lab lab, int memoryMiB) throws BenchException {
        TapNetwork network = lab.network();
        ChildProcess server = ChildProcess.start(
                "process-platform echo server",
                network.command(List.of(
                        executable.toString(),
                        "ukl.tap=tap0",
                        "ukl.ip=" + TapNetwork.GUEST_ADDRESS + "/" + TapNetwork.PREFIX_LENGTH,
                        "ukl.gw=" + TapNetwork.HOST_ADDRESS,
                        "ukl.memory=" + memoryMiB + "M",
                        "--",
                        Integer.toString(Lab.GUEST_PORT))));
        try {
            ClientAgent client = lab.tapClient();
            client.firstEcho(TapNetwork.GUEST_ADDRESS, Lab.GUEST_PORT, START_TIMEOUT, java.util.Optional::empty);
            return new Server(TapNetwork.GUEST_ADDRESS, Lab.GUEST_PORT, client, OptionalDouble.empty(), server);
        } catch (BenchException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Override
    public boolean inQemu() {
        return false;
    }

    @Override
    public boolean baseline() {
        return false;
    }
}
