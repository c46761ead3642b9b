package ukl.kernel.hw.pci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PciBusTest {
    private static final FakePci.IoRegisters NO_REGISTERS = new FakePci.IoRegisters() {
        @Override
        public int read(int offset, int width) {
            return 0;
        }

        @Override
        public void write(int offset, int width, int value) {}
    };

    /** QEMU's pc machine after qboot: host bridge, PIIX3 (ISA, IDE, ACPI), one NIC, no BAR assigned. */
    private final FakePci.Function hostBridge = new FakePci.Function(0x8086, 0x1237, 0x060000, 0);

    private final FakePci.Function isa = new FakePci.Function(0x8086, 0x7000, 0x060100, 0x80);
    private final FakePci.Function ide = new FakePci.Function(0x8086, 0x7010, 0x010180, 0)
            .ioBar(4, 16, NO_REGISTERS)
            .withCommand(PciFunction.IO_SPACE);
    private final FakePci.Function acpi = new FakePci.Function(0x8086, 0x7113, 0x068000, 0);
    private final FakePci.Function nic = new FakePci.Function(0x1af4, 0x1000, 0x020000, 0)
            .ioBar(0, 64, NO_REGISTERS)
            .memoryBar(1, 0x1000, false)
            .memoryBar(4, 0x4000, true);
    private final FakePci ports = new FakePci()
            .put(0, 0, hostBridge)
            .put(1, 0, isa)
            .put(1, 1, ide)
            .put(1, 3, acpi)
            .put(3, 0, nic);

    @Test
    void enumeratesEveryFunctionOfMultiFunctionDevices() {
        PciFunction[] found = PciBus.scan(ports).functions();
        assertEquals(5, found.length);
        assertEquals("00:00.0 8086:1237", found[0].toString());
        assertEquals("00:01.0 8086:7000", found[1].toString());
        assertEquals("00:01.1 8086:7010", found[2].toString());
        assertEquals("00:01.3 8086:7113", found[3].toString());
        assertEquals("00:03.0 1af4:1000", found[4].toString());
        assertEquals(0x020000, found[4].classCode());
    }

    @Test
    void probesOnlyFunctionZeroOfSingleFunctionDevices() {
        // Some single-function devices answer on every function number (§6.2.1 says to ignore those).
        for (int fn = 0; fn < 8; fn++) {
            ports.put(5, fn, new FakePci.Function(0x1234, 0x1111, 0xff0000, 0));
        }
        assertEquals(6, PciBus.scan(ports).functions().length);
    }

    @Test
    void assignsIoAndMemoryBarsFromTheWindowsAlignedToTheirSize() {
        PciBus bus = PciBus.scan(ports);
        PciFunction ideFn = bus.find(0x8086, 0x7010);
        PciFunction nicFn = bus.find(0x1af4, 0x1000);
        assertTrue(ideFn.isIoBar(4));
        assertEquals(16, ideFn.barSize(4));
        assertEquals(0xc000, ideFn.barAddress(4));
        assertEquals(0xc001, ide.bar(4));

        assertTrue(nicFn.isIoBar(0));
        assertEquals(64, nicFn.barSize(0));
        assertEquals(0xc040, nicFn.barAddress(0));
        assertEquals(0xc041, nic.bar(0));
        assertFalse(nicFn.isIoBar(1));
        assertEquals(0x1000, nicFn.barSize(1));
        assertEquals(0xe000_0000L, nicFn.barAddress(1));
        assertEquals(0x4000, nicFn.barSize(4));
        assertEquals(0xe000_4000L, nicFn.barAddress(4));
        assertEquals(0xe000_400c, nic.bar(4));
        assertEquals(0, nic.bar(5), "a 64-bit BAR below 4 GiB has a zero upper half");
        assertEquals(0, nicFn.barSize(5));
        assertEquals(0, nicFn.barSize(2));
    }

    @Test
    void sizesWithDecodingOffAndRestoresTheCommandRegister() {
        PciBus.scan(ports);
        assertEquals(0, ide.barWritesWhileDecoding());
        assertEquals(PciFunction.IO_SPACE, ide.command());
        assertEquals(0, nic.command());
    }

    @Test
    void enableTurnsOnDecodingAndBusMasteringAndLeavesIntxOn() {
        nic.withCommand(PciFunction.INTX_DISABLE);
        PciFunction nicFn = PciBus.scan(ports).find(0x1af4, 0x1000);
        nicFn.enable();
        int expected = PciFunction.IO_SPACE | PciFunction.MEMORY_SPACE | PciFunction.BUS_MASTER;
        assertEquals(expected, nic.command());
        assertEquals(0x0010, nic.status(), "STATUS bits clear when written as one: COMMAND is written alone");
        assertEquals(0, nic.barWritesWhileDecoding());
    }

    @Test
    void interruptLineFollowsThePiix3RoutingNotTheInterruptLineRegister() {
        // qboot's PIRQA-D routing; the NIC sits in slot 3: INTA# -> PIRQ (3 - 1 + 0) mod 4 = C.
        isa.withConfigByte(0x60, 10)
                .withConfigByte(0x61, 10)
                .withConfigByte(0x62, 11)
                .withConfigByte(0x63, 11);
        PciFunction fn = PciBus.scan(ports).find(0x1af4, 0x1000);
        nic.withInterrupt(10, 1);
        assertEquals(11, fn.interruptLine());
        nic.withInterrupt(10, 2); // INTB# -> PIRQD
        assertEquals(11, fn.interruptLine());
        nic.withInterrupt(10, 3); // INTC# -> PIRQA
        assertEquals(10, fn.interruptLine());
        isa.withConfigByte(0x60, 0x80);
        assertEquals(-1, fn.interruptLine(), "PIRQA not routed");
        nic.withInterrupt(10, 0);
        assertEquals(-1, fn.interruptLine(), "pin 0: the function has no INTx");
    }

    @Test
    void withoutAPiix3InterruptLineIsTheRegisterOrMinusOne() {
        FakePci.Function alone = new FakePci.Function(0x1af4, 0x1000, 0x020000, 0).withInterrupt(11, 1);
        PciFunction fn = PciBus.scan(new FakePci().put(3, 0, alone)).find(0x1af4, 0x1000);
        assertEquals(11, fn.interruptLine());
        alone.withInterrupt(0xff, 1);
        assertEquals(-1, fn.interruptLine(), "0xff: the firmware left the line unknown");
    }

    @Test
    void findReturnsTheFirstMatchOrNull() {
        PciBus bus = PciBus.scan(ports);
        assertNull(bus.find(0x1af4, 0x1041));
        assertEquals("00:03.0 1af4:1000", bus.find(0x1af4, 0x1000).toString());
        assertSame(ports, bus.ports());
    }

    @Test
    void aBarLargerThanTheWindowFailsNamingIt() {
        ports.put(4, 0, new FakePci.Function(0x1234, 0x2222, 0xff0000, 0).ioBar(0, 0x8000, NO_REGISTERS));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PciBus.scan(ports));
        assertEquals(
                "PCI 00:04.0 1234:2222 BAR0 needs 0x8000 bytes of I/O space at a multiple of that size,"
                        + " which no longer fits the kernel's I/O window 0xc000-0xffff (free from 0xc080):"
                        + " give the guest fewer or smaller PCI devices",
                e.getMessage());
    }
}
