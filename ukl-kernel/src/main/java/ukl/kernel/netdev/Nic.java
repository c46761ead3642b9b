package ukl.kernel.netdev;

import ukl.kernel.Kernel;
import ukl.kernel.drivers.net.NetDriver;
import ukl.kernel.net.iface.Interface;
import ukl.kernel.net.wire.Ipv4Address;
import ukl.kernel.platform.Platform;

/** The image's one network interface: the NIC's driver and the stack's interface over it. */
public final class Nic {
    private final NetDriver device;
    private final Interface iface;

    private Nic(NetDriver device, Interface iface) {
        this.device = device;
        this.iface = iface;
    }

    /** Starts the platform's NIC (a PCI scan in a VM, the tap in a process) with the configured address; {@code null} if none. */
    public static Nic probe() {
        String ip = Kernel.option("ip", "10.0.2.15/24");
        String gw = Kernel.option("gw", "10.0.2.1");
        int slash = ip.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("kernel option ukl.ip=" + ip
                    + " has no prefix length; write it as address/prefix, e.g. ukl.ip=10.0.2.15/24");
        }
        int address = parseIp("ukl.ip", ip.substring(0, slash));
        int prefix = parseNumber("ukl.ip", ip.substring(slash + 1), 32);
        int gateway = parseIp("ukl.gw", gw);
        NetDriver device = Platform.probeNic();
        if (device == null) {
            return null;
        }
        return new Nic(device, new Interface(device, address, Ipv4Address.mask(prefix), gateway));
    }

    public Interface iface() {
        return iface;
    }

    /** The driver, for the idle loop that arms its receive interrupt. */
    public NetDriver device() {
        return device;
    }

    /** The driver's counters, for {@code ukl.netstats=1}. */
    public String counters() {
        return device.counters();
    }

    /** A dotted-quad IPv4 address; {@code option} names the kernel option in the error message. */
    public static int parseIp(String option, String text) {
        int address = 0;
        int start = 0;
        for (int part = 0; part < 4; part++) {
            int end = text.indexOf('.', start);
            if ((end < 0) != (part == 3)) {
                throw new IllegalArgumentException("kernel option " + option + "=" + text
                        + " is not an IPv4 address; write four numbers 0-255 joined by dots, e.g. 10.0.2.15");
            }
            address = address << 8 | parseNumber(option, text.substring(start, end < 0 ? text.length() : end), 255);
            start = end + 1;
        }
        return address;
    }

    private static int parseNumber(String option, String digits, int max) {
        int value = 0;
        if (digits.isEmpty() || digits.length() > 3) {
            value = -1;
        }
        for (int i = 0; i < digits.length() && value >= 0; i++) {
            char c = digits.charAt(i);
            value = c >= '0' && c <= '9' ? value * 10 + (c - '0') : -1;
        }
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(
                    "kernel option " + option + " has '" + digits + "' where a number from 0 to " + max + " belongs");
        }
        return value;
    }
}
