package ukl.kernel.console;

import ukl.kernel.drivers.console.ConsoleDevice;
import ukl.kernel.drivers.console.ConsoleDevices;
import ukl.kernel.drivers.console.Uart16550;
import ukl.kernel.hw.CpuPorts;
import ukl.kernel.hw.PhysicalMemory;
import ukl.kernel.hw.PortIo;
import ukl.kernel.hw.pci.PciBus;

/**
 * The console of a VM: which device carries descriptor 1 (standard output) and 2 (standard error),
 * and descriptor 0 (standard input) from COM1's receiver.
 *
 * <p>Until {@link #start}, and on a machine without faster devices, descriptor 1 writes COM1 and 2
 * writes COM2 (as the boot code's early and panic output do). {@link #start} looks for console
 * devices on PCI: the first found (in bus order) takes descriptor 1, the second descriptor 2; a
 * stream without one of its own stays on its UART, so each stream keeps one device, and the host
 * keeps the bytes of each stream in order.
 */
public final class Console {
    private static final PortIo PORTS = CpuPorts.INSTANCE;
    private static final Uart16550 COM1 = new Uart16550(PORTS, Uart16550.COM1);
    private static ConsoleDevice out = COM1;
    private static ConsoleDevice err = new Uart16550(PORTS, Uart16550.COM2);

    private Console() {}

    /**
     * Moves standard output and error to the console devices on {@code bus}, where there are any.
     * Call once; a device that fails to start leaves both streams where they are and says why on
     * standard error (silently when the heap has no room for the devices' rings).
     */
    public static void start(PciBus bus, PhysicalMemory memory) {
        ConsoleDevice[] devices;
        try {
            devices = ConsoleDevices.probe(bus, memory);
        } catch (RuntimeException e) {
            byte[] m =
                    ("ukl: console devices not used, the UARTs carry the output: " + e.getMessage() + "\n").getBytes();
            err.write(m, 0, m.length);
            return;
        } catch (OutOfMemoryError e) {
            // The first write may be an OutOfMemoryError's report, with no heap left for the
            // devices' rings: the UARTs need none, and carry on.
            return;
        }
        if (devices.length > 0) {
            out = devices[0];
        }
        if (devices.length > 1) {
            err = devices[1];
        }
    }

    /** Writes {@code len} bytes of {@code buf} from {@code off} to descriptor 1 or 2. */
    public static void write(int fd, byte[] buf, int off, int len) {
        (fd == 2 ? err : out).write(buf, off, len);
    }

    /** Whether COM1 has received a byte not yet read. */
    public static boolean hasInput() {
        return COM1.hasInput();
    }

    /** Reads what COM1 has received, up to {@code len} bytes, without waiting; 0 when nothing is there. */
    public static int read(byte[] buf, int off, int len) {
        return COM1.read(buf, off, len);
    }
}
