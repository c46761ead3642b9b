package ukl.bench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ukl.bench.linux.RunningGuest;
import ukl.bench.net.TapNetwork;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.Qemu;
import ukl.boot.qemu.QemuException;
import ukl.boot.qemu.RunningQemu;

/**
 * Boots a ukl image on the tap, on the same machine, NIC and MAC as the Linux guests. Its network
 * comes from the kernel command line (ukl-kernel's {@code netdev}: {@code ukl.ip}, {@code ukl.gw}),
 * the program's arguments after {@code --}.
 */
public final class ImageBoot {
    /** The most of the guest's standard error a failure quotes: its end, where the reason is. */
    private static final int STDERR_TAIL = 3000;

    private ImageBoot() {}

    /** Starts QEMU for {@code image} inside {@code network}'s namespace; the caller waits for the server. */
    public static RunningQemu start(
            Path image, int memoryMiB, Accelerator accelerator, TapNetwork network, String programArgs)
            throws BenchException {
        return start(image, memoryMiB, accelerator, network, programArgs, List.of());
    }

    /** As {@link #start(Path, int, Accelerator, TapNetwork, String)}, with more arguments for QEMU. */
    public static RunningQemu start(
            Path image,
            int memoryMiB,
            Accelerator accelerator,
            TapNetwork network,
            String programArgs,
            List<String> qemuArgs)
            throws BenchException {
        return start(image, memoryMiB, accelerator, network, "", programArgs, qemuArgs);
    }

    /**
     * As {@link #start(Path, int, Accelerator, TapNetwork, String, List)}, with more kernel options
     * ({@code ukl.key=value} words, before the network's).
     */
    public static RunningQemu start(
            Path image,
            int memoryMiB,
            Accelerator accelerator,
            TapNetwork network,
            String kernelOptions,
            String programArgs,
            List<String> qemuArgs)
            throws BenchException {
        List<String> extra = new ArrayList<>(TapNetwork.qemuNetdevArgs(RunningGuest.MAC));
        extra.addAll(qemuArgs);
        Qemu qemu = Qemu.forImage(image)
                .memoryMiB(memoryMiB)
                .accelerator(accelerator)
                .cmdline((kernelOptions.isEmpty() ? "" : kernelOptions + " ") + "ukl.ip=" + TapNetwork.GUEST_ADDRESS
                        + "/" + TapNetwork.PREFIX_LENGTH + " ukl.gw=" + TapNetwork.HOST_ADDRESS + " -- " + programArgs)
                .under(network.command(List.of()))
                .extraArgs(extra);
        try {
            return qemu.start();
        } catch (QemuException e) {
            throw new BenchException("cannot start QEMU for the image: " + e.getMessage(), e);
        }
    }

    /** Stops {@code running} and returns {@code failure} with what the guest and QEMU printed. */
    public static BenchException failed(RunningQemu running, Exception failure) {
        String transcript = "\n  guest stdout: " + running.stdout().strip() + "\n  guest stderr: "
                + tail(running.stderr().strip()) + "\n  QEMU: "
                + running.qemuMessages().strip();
        running.close();
        return new BenchException(failure.getMessage() + transcript, failure);
    }

    private static String tail(String s) {
        return s.length() <= STDERR_TAIL ? s : "…" + s.substring(s.length() - STDERR_TAIL);
    }
}
