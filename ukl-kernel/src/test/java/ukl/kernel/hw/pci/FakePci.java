package ukl.kernel.hw.pci;

import ukl.kernel.hw.PortIo;

/**
 * A PCI bus 0 behind configuration mechanism #1 (PCI Local Bus 3.0 §3.2.2.3.2), as a port space.
 * Functions model what the kernel touches: IDs, header type, COMMAND, STATUS (write one to
 * clear, §6.2.3), and BARs that read back their size mask (§6.2.5.1). I/O ports outside 0xCF8–0xCFF
 * reach the function whose I/O BAR decodes them, only while its COMMAND enables I/O space; any other
 * access is a test failure rather than a floating bus.
 */
public final class FakePci implements PortIo {
    /** Registers a device decodes behind its I/O BAR. */
    public interface IoRegisters {
        int read(int offset, int width);

        void write(int offset, int width, int value);
    }

    /** One function's configuration space. */
    public static final class Function {
        private final byte[] config = new byte[256];
        private final long[] barSize = new long[6];
        private final int[] barFlags = new int[6];
        private IoRegisters io;
        private int command;
        private int status = 0x0010; // capabilities list: a bit a careless 32-bit write would clear
        private int barWritesWhileDecoding;

        public Function(int vendorId, int deviceId, int classCode, int headerType) {
            put32(0x00, deviceId << 16 | vendorId);
            put32(0x08, classCode << 8);
            config[0x0e] = (byte) headerType;
        }

        /** BAR {@code bar} decodes {@code size} I/O ports with a 16-bit decoder (upper bits read 0). */
        public Function ioBar(int bar, int size, IoRegisters registers) {
            barSize[bar] = size;
            barFlags[bar] = 1;
            put32(0x10 + 4 * bar, 1);
            this.io = registers;
            return this;
        }

        /** BAR {@code bar} (and {@code bar + 1} when {@code wide}) decodes {@code size} bytes of memory. */
        public Function memoryBar(int bar, long size, boolean wide) {
            barSize[bar] = size;
            barFlags[bar] = wide ? 0x4 | 0x8 : 0;
            put32(0x10 + 4 * bar, barFlags[bar]);
            return this;
        }

        /** Interrupt Line and Interrupt Pin (§6.2.4), as the firmware left them. */
        public Function withInterrupt(int line, int pin) {
            return withConfigByte(0x3c, line).withConfigByte(0x3d, pin);
        }

        /** Any byte of configuration space, e.g. a bridge's routing registers. */
        public Function withConfigByte(int offset, int value) {
            config[offset] = (byte) value;
            return this;
        }

        public Function withCommand(int value) {
            command = value;
            return this;
        }

        public int command() {
            return command;
        }

        public int status() {
            return status;
        }

        /** The raw BAR register, as configuration space holds it. */
        public int bar(int bar) {
            return get32(0x10 + 4 * bar);
        }

        public int barWritesWhileDecoding() {
            return barWritesWhileDecoding;
        }

        int read32(int reg) {
            return reg == 0x04 ? status << 16 | command : get32(reg);
        }

        void write(int offset, int width, int value) {
            int reg = offset & 0xfc;
            int shift = 8 * (offset & 3);
            int bytes = ((1 << width) - 1) << (offset & 3);
            int v = value << shift;
            if (reg == 0x04) {
                int mask = byteMask(bytes);
                command = (command & ~mask | v & mask) & 0x0407;
                status &= ~(v & mask) >>> 16;
            } else if (reg >= 0x10 && reg < 0x28) {
                if (width != 4) {
                    throw new AssertionError("BAR written with width " + width);
                }
                writeBar((reg - 0x10) / 4, value);
            }
        }

        private void writeBar(int i, int value) {
            boolean upper = i > 0 && barSize[i] == 0 && (barFlags[i - 1] & 0x4) != 0;
            int owner = upper ? i - 1 : i;
            if (barSize[owner] != 0) {
                boolean io = (barFlags[owner] & 1) != 0;
                if ((command & (io ? 1 : 2)) != 0) {
                    barWritesWhileDecoding++;
                }
            }
            long mask = ~(barSize[owner] - 1);
            int stored;
            if (barSize[owner] == 0) {
                stored = 0;
            } else if (upper) {
                stored = value & (int) (mask >>> 32);
            } else if ((barFlags[i] & 1) != 0) {
                stored = value & (int) mask & 0xfffc | 1;
            } else {
                stored = value & (int) mask & ~0xf | barFlags[i];
            }
            put32(0x10 + 4 * i, stored);
        }

        IoRegisters decoding(int port) {
            for (int i = 0; i < 6; i++) {
                long base = bar(i) & 0xfffc;
                if ((barFlags[i] & 1) != 0 && (command & 1) != 0 && port >= base && port < base + barSize[i]) {
                    return io;
                }
            }
            return null;
        }

        int ioBase() {
            for (int i = 0; i < 6; i++) {
                if ((barFlags[i] & 1) != 0) {
                    return bar(i) & 0xfffc;
                }
            }
            return -1;
        }

        private static int byteMask(int bytes) {
            int mask = 0;
            for (int b = 0; b < 4; b++) {
                if ((bytes & 1 << b) != 0) {
                    mask |= 0xff << (8 * b);
                }
            }
            return mask;
        }

        private int get32(int off) {
            return config[off] & 0xff
                    | (config[off + 1] & 0xff) << 8
                    | (config[off + 2] & 0xff) << 16
                    | (config[off + 3] & 0xff) << 24;
        }

        private void put32(int off, int v) {
            for (int b = 0; b < 4; b++) {
                config[off + b] = (byte) (v >>> (8 * b));
            }
        }
    }

    private final Function[][] slots = new Function[32][8];
    private int configAddress;

    /** Places {@code f} at {@code device.function} of bus 0. */
    public FakePci put(int device, int function, Function f) {
        slots[device][function] = f;
        return this;
    }

    @Override
    public int inb(int port) {
        return in(port, 1) & 0xff;
    }

    @Override
    public int inw(int port) {
        return in(port, 2) & 0xffff;
    }

    @Override
    public int inl(int port) {
        return in(port, 4);
    }

    @Override
    public void outb(int port, int value) {
        out(port, 1, value & 0xff);
    }

    @Override
    public void outw(int port, int value) {
        out(port, 2, value & 0xffff);
    }

    @Override
    public void outl(int port, int value) {
        out(port, 4, value);
    }

    private int in(int port, int width) {
        if (port == PciBus.CONFIG_ADDRESS) {
            requireWidth(port, width, 4);
            return configAddress;
        }
        if (port >= PciBus.CONFIG_DATA && port < PciBus.CONFIG_DATA + 4) {
            requireAligned(port, width);
            Function f = selected();
            int value = f == null ? -1 : f.read32(configAddress & 0xfc);
            return value >>> (8 * (port & 3));
        }
        return device(port).read(port - owner(port).ioBase(), width);
    }

    private void out(int port, int width, int value) {
        if (port == PciBus.CONFIG_ADDRESS) {
            requireWidth(port, width, 4);
            configAddress = value;
            return;
        }
        if (port >= PciBus.CONFIG_DATA && port < PciBus.CONFIG_DATA + 4) {
            requireAligned(port, width);
            Function f = selected();
            if (f != null) {
                f.write((configAddress & 0xfc) + (port & 3), width, value);
            }
            return;
        }
        device(port).write(port - owner(port).ioBase(), width, value);
    }

    private Function selected() {
        if (configAddress >= 0) {
            throw new AssertionError(
                    "configuration access without the enable bit: 0x" + Integer.toHexString(configAddress));
        }
        int bus = configAddress >>> 16 & 0xff;
        return bus == 0 ? slots[configAddress >>> 11 & 31][configAddress >>> 8 & 7] : null;
    }

    private IoRegisters device(int port) {
        return owner(port).decoding(port);
    }

    private Function owner(int port) {
        for (Function[] device : slots) {
            for (Function f : device) {
                if (f != null && f.decoding(port) != null) {
                    return f;
                }
            }
        }
        throw new AssertionError("no function decodes I/O port 0x" + Integer.toHexString(port));
    }

    private static void requireWidth(int port, int width, int expected) {
        if (width != expected) {
            throw new AssertionError(width + "-byte access to port 0x" + Integer.toHexString(port));
        }
    }

    private static void requireAligned(int port, int width) {
        if ((port & (width - 1)) != 0) {
            throw new AssertionError("unaligned " + width + "-byte access to port 0x" + Integer.toHexString(port));
        }
    }
}
