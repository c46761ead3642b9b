package ukl.kernel.drivers.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;
import ukl.kernel.hw.FakeMemory;
import ukl.kernel.hw.pci.FakePci;
import ukl.kernel.hw.pci.PciBus;

class VirtioConsoleTest {
    private static final int QUEUE_SIZE = 8;

    private final FakeMemory memory = new FakeMemory();
    private final FakeVirtioConsole stdout = new FakeVirtioConsole(memory, QUEUE_SIZE);
    private final FakeVirtioConsole stderr = new FakeVirtioConsole(memory, QUEUE_SIZE);

    private FakePci bus() {
        return new FakePci().put(0, 0, new FakePci.Function(0x8086, 0x1237, 0x060000, 0));
    }

    @Test
    void noConsoleDeviceOnTheBusGivesNone() {
        assertEquals(0, ConsoleDevices.probe(PciBus.scan(bus()), memory).length);
    }

    @Test
    void devicesComeInBusOrderWithNoFeatureAcceptedAndDriverOk() {
        FakePci pci = bus().put(4, 0, stderr.pciFunction()).put(2, 0, stdout.pciFunction());
        ConsoleDevice[] devices = ConsoleDevices.probe(PciBus.scan(pci), memory);
        assertEquals(2, devices.length);
        for (FakeVirtioConsole d : new FakeVirtioConsole[] {stdout, stderr}) {
            // §5.3.3: without MULTIPORT, port 0 alone and no control queue.
            assertEquals(0, d.driverFeatures());
            assertEquals(7, d.status(), "ACKNOWLEDGE | DRIVER | DRIVER_OK");
        }
        write(devices[0], "to slot 2");
        write(devices[1], "to slot 4");
        assertArrayEquals("to slot 2".getBytes(), stdout.output());
        assertArrayEquals("to slot 4".getBytes(), stderr.output());
    }

    @Test
    void everyByteValueSmallAndLargeWritesArriveExactlyOneNotificationEach() {
        ConsoleDevice console = only();
        Random random = new Random(12);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        console.write(all, 0, 256);
        expected.write(all, 0, 256);
        int writes = 1;
        // More writes than the queue has descriptors: each is back before the next.
        for (int i = 0; i < 10 * QUEUE_SIZE; i++) {
            byte[] b = new byte[1 + random.nextInt(i % 7 == 0 ? 100_000 : 40)];
            random.nextBytes(b);
            int off = random.nextInt(b.length);
            int len = random.nextInt(b.length - off + 1);
            console.write(b, off, len);
            expected.write(b, off, len);
            writes += len > 0 ? 1 : 0;
        }
        assertArrayEquals(expected.toByteArray(), stdout.output());
        assertEquals(writes, stdout.notifications(), "one notification per non-empty write, none for an empty one");
    }

    @Test
    void aConsoleWithoutAnIoBarIsRefusedNamingTheQemuOption() {
        FakePci.Function modernOnly = new FakePci.Function(0x1af4, 0x1003, 0x078000, 0).memoryBar(4, 0x4000, true);
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> ConsoleDevices.probe(PciBus.scan(bus().put(3, 0, modernOnly)), memory));
        assertTrue(e.getMessage().contains("disable-legacy=off"), e.getMessage());
    }

    @Test
    void uartWritesEveryByteAndWaitsForThrePerFifoLoad() {
        FakeUart uart = new FakeUart(true);
        Uart16550 com2 = new Uart16550(uart, Uart16550.COM2);
        byte[] all = new byte[300];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        com2.write(all, 10, 290);
        assertArrayEquals(java.util.Arrays.copyOfRange(all, 10, 300), uart.sent());
        assertEquals((290 + 15) / 16, uart.statusReads(), "one THRE wait per 16 bytes with the FIFOs on");
        FakeUart noFifo = new FakeUart(false);
        new Uart16550(noFifo, Uart16550.COM1).write(all, 0, 5);
        assertEquals(5, noFifo.statusReads(), "one THRE wait per byte without FIFOs");
    }

    private ConsoleDevice only() {
        ConsoleDevice[] devices = ConsoleDevices.probe(PciBus.scan(bus().put(3, 0, stdout.pciFunction())), memory);
        assertEquals(1, devices.length);
        return devices[0];
    }

    private static void write(ConsoleDevice d, String s) {
        byte[] b = s.getBytes();
        d.write(b, 0, b.length);
    }

    /** The registers of one UART the driver touches: THR, IIR, LSR (always ready). */
    private static final class FakeUart implements ukl.kernel.hw.PortIo {
        private final boolean fifos;
        private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
        private int statusReads;

        FakeUart(boolean fifos) {
            this.fifos = fifos;
        }

        @Override
        public int inb(int port) {
            switch (port & 7) {
                case 2:
                    return fifos ? 0xc1 : 0x01;
                case 5:
                    statusReads++;
                    return 0x60;
                default:
                    throw new AssertionError("read of UART register " + (port & 7));
            }
        }

        @Override
        public void outb(int port, int value) {
            if ((port & 7) != 0) {
                throw new AssertionError("write of UART register " + (port & 7));
            }
            sent.write(value);
        }

        @Override
        public int inw(int port) {
            throw new AssertionError();
        }

        @Override
        public int inl(int port) {
            throw new AssertionError();
        }

        @Override
        public void outw(int port, int value) {
            throw new AssertionError();
        }

        @Override
        public void outl(int port, int value) {
            throw new AssertionError();
        }

        byte[] sent() {
            return sent.toByteArray();
        }

        int statusReads() {
            return statusReads;
        }
    }
}
