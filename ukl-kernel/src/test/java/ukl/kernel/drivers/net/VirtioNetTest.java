package ukl.kernel.drivers.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import ukl.kernel.hw.FakeMemory;
import ukl.kernel.hw.pci.FakePci;
import ukl.kernel.hw.pci.PciBus;
import ukl.kernel.net.wire.TcpPacket;
import ukl.kernel.net.wire.TcpRepr;

class VirtioNetTest {
    private static final byte[] MAC = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};
    private static final int QUEUE_SIZE = 16;
    private static final int SLOTS = QUEUE_SIZE / 2;

    private final FakeMemory memory = new FakeMemory();
    private FakeVirtioNet device;
    private FakePci.Function function;

    private VirtioNet start(int offeredFeatures) {
        device = new FakeVirtioNet(memory, offeredFeatures, QUEUE_SIZE, MAC);
        function = device.pciFunction();
        FakePci pci = new FakePci()
                .put(0, 0, new FakePci.Function(0x8086, 0x1237, 0x060000, 0))
                .put(3, 0, function);
        return VirtioNet.probe(PciBus.scan(pci), memory);
    }

    private static byte[] frame(int seq, int len) {
        byte[] f = new byte[len];
        for (int i = 0; i < len; i++) {
            f[i] = (byte) (seq * 31 + i);
        }
        return f;
    }

    private static int lengthOf(int seq) {
        return 60 + seq * 97 % (VirtioNet.MAX_FRAME - 59);
    }

    @Test
    void probeReturnsNullWithoutALegacyVirtioNetFunction() {
        FakePci pci = new FakePci().put(0, 0, new FakePci.Function(0x8086, 0x1237, 0x060000, 0));
        assertNull(VirtioNet.probe(PciBus.scan(pci), memory));
    }

    @Test
    void handshakeResetsAcknowledgesNegotiatesMacAndChecksumOffloadThenSetsDriverOk() {
        VirtioNet net = start(FakeVirtioNet.ALL_FEATURES);
        // §3.1.1 without FEATURES_OK (§3.1.2): reset, ACKNOWLEDGE, DRIVER, DRIVER_OK.
        assertArrayEquals(new int[] {0, 1, 3, 7}, device.statusLog());
        assertEquals(FakeVirtioNet.F_MAC | FakeVirtioNet.F_CSUM | FakeVirtioNet.F_GUEST_CSUM, device.driverFeatures());
        assertTrue(net.completesChecksums());
        assertEquals(0x5254_0012_3456L, net.macAddress());
        assertEquals(1500, net.mtu());
        for (int q = 0; q < 2; q++) {
            assertTrue(device.ringAddress(q) != 0 && (device.ringAddress(q) & 4095) == 0);
            assertEquals(1, device.availFlags(q), "VRING_AVAIL_F_NO_INTERRUPT");
        }
        assertEquals(SLOTS, device.availIdx(FakeVirtioNet.RX), "every RX slot offered");
        assertEquals(0, device.availIdx(FakeVirtioNet.TX));
        assertEquals(0x0007, function.command(), "I/O, memory, bus master, INTx enabled");
    }

    @Test
    void armReceiveInterruptAsksForOneAcknowledgesTheStaleOneAndDisarmSuppressesAgain() {
        VirtioNet net = start(FakeVirtioNet.ALL_FEATURES);
        assertTrue(device.inject(frame(1, 60), 60));
        assertEquals(60, net.receive(new byte[VirtioNet.MAX_FRAME]));
        assertEquals(1, device.isr(), "the used RX buffer left the ISR bit set");
        assertTrue(net.armReceiveInterrupt(), "nothing waits: the CPU may halt");
        assertEquals(0, device.availFlags(FakeVirtioNet.RX), "RX interrupts requested (VirtIO 1.1 §2.6.7)");
        assertEquals(0, device.isr(), "the stale interrupt was acknowledged, so the line is low");
        net.disarmReceiveInterrupt();
        assertEquals(1, device.availFlags(FakeVirtioNet.RX), "VRING_AVAIL_F_NO_INTERRUPT again");
    }

    @Test
    void armReceiveInterruptRefusesWhenAFrameArrivedSinceTheLastPoll() {
        VirtioNet net = start(FakeVirtioNet.ALL_FEATURES);
        assertTrue(device.inject(frame(2, 60), 60));
        assertFalse(net.armReceiveInterrupt(), "a frame waits: poll, do not halt");
        assertEquals(1, device.availFlags(FakeVirtioNet.RX), "interrupts suppressed again");
        assertEquals(60, net.receive(new byte[VirtioNet.MAX_FRAME]));
    }

    @Test
    void interruptLineComesFromTheFirmwaresRouting() {
        device = new FakeVirtioNet(memory, FakeVirtioNet.ALL_FEATURES, QUEUE_SIZE, MAC);
        FakePci pci = new FakePci().put(3, 0, device.pciFunction().withInterrupt(11, 1));
        assertEquals(11, VirtioNet.probe(PciBus.scan(pci), memory).interruptLine());
        assertEquals(-1, start(FakeVirtioNet.ALL_FEATURES).interruptLine(), "no line routed");
    }

    @Test
    void aDeviceWithoutMacIsMarkedFailed() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> start(FakeVirtioNet.ALL_FEATURES & ~FakeVirtioNet.F_MAC));
        assertEquals(
                "virtio-net 00:03.0 1af4:1000: the device offers no VIRTIO_NET_F_MAC (VirtIO 1.1 §5.1.3),"
                        + " so it has no address to give; use a device that offers it (QEMU's virtio-net-pci always does)",
                e.getMessage());
        assertEquals(0x80, device.status() & 0x80);
    }

    @Test
    void withoutChecksumOffloadOfferedOnlyMacIsTakenAndTheStackSumsItself() {
        VirtioNet net = start(FakeVirtioNet.F_MAC);
        assertEquals(FakeVirtioNet.F_MAC, device.driverFeatures());
        assertFalse(net.completesChecksums());
        assertThrows(IllegalStateException.class, () -> {
            net.txBuffer();
            net.transmitCompletingChecksum(60, 34, 16);
        });
    }

    /**
     * §5.1.6.2: a segment whose checksum field holds the pseudo-header's sum, sent with NEEDS_CSUM,
     * leaves the device with a checksum that verifies; a plain frame after it in the same slot
     * carries a zero header again.
     */
    @Test
    void aTcpSegmentLeftToTheDeviceLeavesWithAValidChecksum() {
        VirtioNet net = start(FakeVirtioNet.ALL_FEATURES);
        int src = 0x0a00020f;
        int dst = 0x0a000201;
        for (int round = 0; round < 2 * QUEUE_SIZE; round++) {
            byte[] tx = net.txBuffer();
            int payload = 1 + round % 7; // odd and even lengths
            int segLen = TcpPacket.HEADER_LEN + payload;
            Arrays.fill(tx, 0, 34, (byte) 0);
            TcpRepr r = new TcpRepr();
            r.srcPort = 7;
            r.dstPort = 40000 + round;
            r.seq = 0x12345678 * round;
            r.ack = 99;
            r.flags = TcpPacket.ACK_FLAG | TcpPacket.PSH;
            r.window = 65535;
            r.data = new byte[payload];
            Arrays.fill(r.data, (byte) (0xf0 + round));
            r.dataLen = payload;
            TcpPacket p = new TcpPacket().wrap(tx, 34, segLen);
            r.emit(p);
            System.arraycopy(r.data, 0, tx, p.payloadOffset(), payload);
            p.fillPseudoHeaderChecksum(src, dst);
            net.transmitCompletingChecksum(34 + segLen, 34, TcpPacket.CHECKSUM);
            byte[] sent = device.sent(2 * round);
            assertEquals(VirtioNet.HDR_F_NEEDS_CSUM, device.sentFlags(2 * round));
            assertTrue(new TcpPacket().wrap(sent, 34, segLen).verifyChecksum(src, dst), "round " + round);
            net.txBuffer();
            net.transmit(60);
            assertEquals(0, device.sentFlags(2 * round + 1));
        }
    }

    @Test
    void aFrameTheDeviceVouchesForIsMarkedGood() {
        VirtioNet net = start(FakeVirtioNet.ALL_FEATURES);
        byte[] buf = new byte[VirtioNet.MAX_FRAME];
        int[] flags = {0, VirtioNet.HDR_F_DATA_VALID, 0, VirtioNet.HDR_F_NEEDS_CSUM};
        for (int i = 0; i < flags.length; i++) {
            assertTrue(device.inject(frame(i, 60), 60, flags[i]));
            assertEquals(60, net.receive(buf));
            assertEquals(flags[i] != 0, net.receivedChecksumGood(), "header flags " + flags[i]);
        }
    }

    @Test
    void receivedFramesArriveInOrderWhileBuffersAreRecycled() {
        VirtioNet net = start(FakeVirtioNet.ALL_FEATURES);
        byte[] buf = new byte[VirtioNet.MAX_FRAME];
        int seq = 0;
        for (int round = 0; round < 10 * QUEUE_SIZE / SLOTS; round++) {
            int first = seq;
            for (int i = 0; i < SLOTS; i++, seq++) {
                assertTrue(device.inject(frame(seq, lengthOf(seq)), lengthOf(seq)), "frame " + seq);
            }
            assertFalse(device.inject(frame(seq, 60), 60), "all RX slots are full");
            for (int k = first; k < seq; k++) {
                int len = net.receive(buf);
                assertEquals(lengthOf(k), len);
                assertArrayEquals(frame(k, len), Arrays.copyOf(buf, len), "frame " + k);
            }
            assertEquals(0, net.receive(buf));
        }
        assertEquals(10 * QUEUE_SIZE, net.rxFrames());
        assertEquals(0, net.rxDropped());
    }

    @Test
    void sentFramesReachTheDeviceAndSlotsComeBackAcrossRingWraps() {
        VirtioNet net = start(FakeVirtioNet.ALL_FEATURES);
        for (int seq = 0; seq < 10 * QUEUE_SIZE; seq++) {
            byte[] tx = net.txBuffer();
            assertNotNull(tx, "frame " + seq);
            byte[] f = frame(seq, lengthOf(seq));
            System.arraycopy(f, 0, tx, 0, f.length);
            net.transmit(f.length);
            assertArrayEquals(f, device.sent(seq), "frame " + seq);
        }
        assertEquals(10 * QUEUE_SIZE, device.sentCount());
        assertEquals(10 * QUEUE_SIZE, net.txFrames());
        assertEquals(0, net.txQueueFull());
    }

    @Test
    void aFullTransmitQueueReturnsNoBufferUntilTheDeviceCatchesUp() {
        VirtioNet net = start(FakeVirtioNet.ALL_FEATURES);
        device.setNoNotify(FakeVirtioNet.TX, true); // the device polls; it has not got round to it yet
        for (int seq = 0; seq < SLOTS; seq++) {
            System.arraycopy(frame(seq, 60), 0, net.txBuffer(), 0, 60);
            net.transmit(60);
        }
        assertNull(net.txBuffer());
        assertEquals(1, net.txQueueFull());
        assertEquals(0, device.sentCount());
        device.processTx();
        assertEquals(SLOTS, device.sentCount());
        for (int k = 0; k < SLOTS; k++) {
            assertArrayEquals(frame(k, 60), device.sent(k));
        }
        assertNotNull(net.txBuffer());
    }

    @Test
    void kicksOnlyWhenTheDeviceDoesNotSetNoNotify() {
        VirtioNet net = start(FakeVirtioNet.ALL_FEATURES);
        byte[] buf = new byte[VirtioNet.MAX_FRAME];
        int rxKicks = device.kicks(FakeVirtioNet.RX);
        device.inject(frame(0, 60), 60);
        net.receive(buf);
        assertEquals(rxKicks + 1, device.kicks(FakeVirtioNet.RX), "recycled RX buffer announced");
        net.txBuffer();
        net.transmit(60);
        assertEquals(1, device.kicks(FakeVirtioNet.TX));

        device.setNoNotify(FakeVirtioNet.RX, true);
        device.setNoNotify(FakeVirtioNet.TX, true);
        for (int i = 0; i < 3 * QUEUE_SIZE; i++) {
            device.inject(frame(i, 60), 60);
            net.receive(buf);
            net.txBuffer();
            net.transmit(60);
            device.processTx();
        }
        assertEquals(rxKicks + 1, device.kicks(FakeVirtioNet.RX));
        assertEquals(1, device.kicks(FakeVirtioNet.TX));
        assertEquals(1 + 3 * QUEUE_SIZE, device.sentCount());
    }

    @Test
    void aFrameLongerThanTheMtuIsDroppedAndCounted() {
        VirtioNet net = start(FakeVirtioNet.ALL_FEATURES);
        byte[] buf = new byte[VirtioNet.MAX_FRAME];
        assertTrue(device.inject(frame(1, VirtioNet.MAX_FRAME + 4), VirtioNet.MAX_FRAME + 4), "802.1Q-tagged");
        assertFalse(device.inject(frame(2, 1600), 1600), "the device drops what fits no buffer");
        assertTrue(device.inject(frame(3, VirtioNet.MAX_FRAME), VirtioNet.MAX_FRAME));
        assertEquals(VirtioNet.MAX_FRAME, net.receive(buf));
        assertArrayEquals(frame(3, VirtioNet.MAX_FRAME), buf);
        assertEquals(1, net.rxDropped());
        assertEquals(1, net.rxFrames());
        assertEquals(1, device.deviceDropped());
        assertEquals(SLOTS, device.availIdx(FakeVirtioNet.RX) - 2, "both used slots offered again");
    }

    @Test
    void txBufferIsStableUntilTransmitAndMisuseIsRejected() {
        VirtioNet net = start(FakeVirtioNet.ALL_FEATURES);
        IllegalStateException early = assertThrows(IllegalStateException.class, () -> net.transmit(60));
        assertEquals("transmit(60) without a buffer: call txBuffer() first (NetDevice)", early.getMessage());
        byte[] tx = net.txBuffer();
        assertSame(tx, net.txBuffer());
        assertEquals(VirtioNet.MAX_FRAME, tx.length);
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> net.transmit(1515));
        assertEquals("transmit(1515): an Ethernet frame without FCS is 14 to 1514 bytes", big.getMessage());
        net.transmit(1514);
        assertEquals(1, device.sentCount());
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class, () -> net.receive(new byte[100]));
        assertEquals(
                "receive needs a buffer of at least mtu() + 14 = 1514 bytes (NetDevice.receive), got 100",
                small.getMessage());
    }

    @Test
    void receivingAndSendingAllocateNothing() {
        VirtioNet net = start(FakeVirtioNet.ALL_FEATURES);
        byte[] buf = new byte[VirtioNet.MAX_FRAME];
        byte[] payload = frame(7, 600);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        exchange(net, buf, payload, 5_000); // warm up: class loading, JIT
        long before = threads.getThreadAllocatedBytes(tid);
        exchange(net, buf, payload, 5_000);
        long allocated = threads.getThreadAllocatedBytes(tid) - before;
        assertTrue(allocated < 5_000, allocated + " bytes allocated for 5000 round trips");
    }

    private void exchange(VirtioNet net, byte[] buf, byte[] payload, int count) {
        for (int i = 0; i < count; i++) {
            if (!device.inject(payload, payload.length) || net.receive(buf) != payload.length) {
                throw new AssertionError("frame " + i + " lost");
            }
            byte[] tx = net.txBuffer();
            System.arraycopy(buf, 0, tx, 0, payload.length);
            net.transmit(payload.length);
        }
    }
}
