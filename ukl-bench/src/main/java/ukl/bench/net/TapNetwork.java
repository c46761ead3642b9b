package ukl.bench.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A tap device {@code tap0} at {@value #HOST_ADDRESS}/{@value #PREFIX_LENGTH} inside a network
 * namespace of its own, named {@code <prefix>-<pid>-<n>} after the creating JVM. QEMU opens the tap
 * and clients connect from the host side, so both must run inside the namespace: wrap their
 * command lines with {@link #command(List)}.
 *
 * <p>Nothing outlives its owner: {@link #close()} deletes the namespace, and with it the tap; a JVM
 * shutdown hook does the same if close is never reached; and {@link #create} first sweeps
 * namespaces of its prefix whose creating process is dead (a JVM killed with SIGKILL runs no hook).
 */
public final class TapNetwork implements AutoCloseable {
    /** The host's end of the link, on {@code tap0}. */
    public static final String HOST_ADDRESS = "10.0.2.1";
    /** The address every guest (ukl image or Linux) configures on its NIC. */
    public static final String GUEST_ADDRESS = "10.0.2.15";

    public static final int PREFIX_LENGTH = 24;
    /** The tap's name inside the namespace; names are per namespace, so every network may use it. */
    static final String TAP = "tap0";

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9]{0,15}");
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final IpCommand ip;
    private final String namespace;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;

    private TapNetwork(IpCommand ip, String namespace) {
        this.ip = ip;
        this.namespace = namespace;
        this.shutdownHook = new Thread(this::delete, "ukl-netns-reaper-" + namespace);
    }

    /**
     * Creates namespace {@code <namePrefix>-<pid>-<n>} holding {@code tap0}, up, at
     * {@value #HOST_ADDRESS}/{@value #PREFIX_LENGTH}, and loopback up.
     *
     * @param namePrefix lower-case letters and digits, starting with a letter, at most 16
     * @throws NetworkSetupException if ip, /dev/net/tun or root is missing, or a step fails
     */
    public static TapNetwork create(String namePrefix) throws NetworkSetupException {
        if (!PREFIX.matcher(namePrefix).matches()) {
            throw new IllegalArgumentException("namespace prefix '" + namePrefix + "' must match " + PREFIX.pattern()
                    + " (it is part of a file name under /run/netns)");
        }
        IpCommand ip = IpCommand.locate();
        sweepStale(ip, namePrefix);
        String namespace = namePrefix + "-" + ProcessHandle.current().pid() + "-" + NEXT.getAndIncrement();
        TapNetwork network = new TapNetwork(ip, namespace);
        ip.run("netns", "add", namespace);
        Runtime.getRuntime().addShutdownHook(network.shutdownHook);
        try {
            ip.run("-n", namespace, "link", "set", "lo", "up");
            ip.run("-n", namespace, "tuntap", "add", "dev", TAP, "mode", "tap");
            ip.run("-n", namespace, "addr", "add", HOST_ADDRESS + "/" + PREFIX_LENGTH, "dev", TAP);
            ip.run("-n", namespace, "link", "set", TAP, "up");
            return network;
        } catch (NetworkSetupException | RuntimeException e) {
            network.close();
            throw e;
        }
    }

    /**
     * Deletes the namespaces named {@code <namePrefix>-<pid>-<n>} whose process {@code pid} no
     * longer runs: what a killed test run left behind. Namespaces of live processes stay.
     *
     * @return the names deleted
     */
    public static List<String> sweepStale(String namePrefix) throws NetworkSetupException {
        return sweepStale(IpCommand.locate(), namePrefix);
    }

    private static List<String> sweepStale(IpCommand ip, String namePrefix) throws NetworkSetupException {
        Pattern ours = Pattern.compile(Pattern.quote(namePrefix) + "-(\\d+)-\\d+");
        List<String> deleted = new ArrayList<>();
        for (String name : ip.namespaces()) {
            Matcher m = ours.matcher(name);
            if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                ip.run("netns", "delete", name);
                deleteEtc(name);
                deleted.add(name);
            }
        }
        return deleted;
    }

    /**
     * Names that programs run through {@link #command} resolve, name → address: {@code ip netns
     * exec} mounts the files of /etc/netns/&lt;namespace&gt;/ over /etc (ip-netns(8)), so a hosts
     * file there is the namespace's /etc/hosts. It goes with the namespace.
     */
    public void hosts(Map<String, String> addresses) throws IOException {
        Path dir = Files.createDirectories(etc(namespace));
        StringBuilder text = new StringBuilder("127.0.0.1 localhost\n");
        addresses.forEach(
                (name, address) -> text.append(address).append(' ').append(name).append('\n'));
        Files.writeString(dir.resolve("hosts"), text);
    }

    private static Path etc(String namespace) {
        return Path.of("/etc/netns", namespace);
    }

    private static void deleteEtc(String namespace) {
        Path dir = etc(namespace);
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This network's namespace, as {@code ip netns list} shows it. */
    public String namespace() {
        return namespace;
    }

    /**
     * The QEMU arguments that attach a guest NIC to this tap: the transitional virtio-net PCI device
     * (VirtIO 1.2 §4.1.2.3: device ID 0x1000 for legacy drivers, and the modern interface beside it),
     * which both ukl's legacy driver and Linux's virtio_pci take. Every target gets the same
     * arguments, so the comparison is fair.
     *
     * @param mac the guest's MAC address, {@code xx:xx:xx:xx:xx:xx}
     */
    public static List<String> qemuNetdevArgs(String mac) {
        if (!mac.matches("\\p{XDigit}{2}(:\\p{XDigit}{2}){5}")) {
            throw new IllegalArgumentException(
                    "MAC address '" + mac + "' must be six hex bytes separated by ':', e.g. 52:54:00:12:34:56");
        }
        return List.of(
                "-netdev", "tap,id=n0,ifname=" + TAP + ",script=no,downscript=no",
                "-device", "virtio-net-pci,netdev=n0,mac=" + mac);
    }

    /**
     * Pins {@code address} to {@code mac} in the namespace's neighbour table, so that the host never
     * resolves it with ARP: a request lost while a guest boots is retried only after a second
     * (RFC 1122 §2.3.2.1 asks for at most one a second), which would blur a boot time.
     */
    public void pinNeighbour(String address, String mac) throws NetworkSetupException {
        qemuNetdevArgs(mac); // validates the MAC
        ip.run("-n", namespace, "neigh", "replace", address, "lladdr", mac, "dev", TAP, "nud", "permanent");
    }

    /** {@code command} run inside this network's namespace ({@code ip netns exec}, which execs it: same PID). */
    public List<String> command(List<String> command) {
        if (closed.get()) throw new IllegalStateException("network " + namespace + " is closed");
        List<String> wrapped = new ArrayList<>(List.of(ip.executable().toString(), "netns", "exec", namespace));
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * Deletes the namespace, which removes the tap once no process (QEMU) holds it any more.
     * Idempotent; never throws (a failure to delete is printed, and the next sweep retries).
     */
    @Override
    public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or will run; delete() is idempotent
        }
    }

    private void delete() {
        if (!closed.compareAndSet(false, true)) return;
        try {
            ip.run("netns", "delete", namespace);
            deleteEtc(namespace);
        } catch (NetworkSetupException | UncheckedIOException e) {
            System.err.println("ukl-bench: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "TapNetwork[" + namespace + ", " + TAP + " " + HOST_ADDRESS + "/" + PREFIX_LENGTH + "]";
    }
}
