package ukl.kernel.hw;

import ukl.kernel.arch.Cpu;

/** The machine's I/O ports: {@code in} and {@code out} instructions. */
public final class CpuPorts implements PortIo {
    public static final CpuPorts INSTANCE = new CpuPorts();

    private CpuPorts() {}

    @Override
    public int inb(int port) {
        return Cpu.inb(port);
    }

    @Override
    public int inw(int port) {
        return Cpu.inw(port);
    }

    @Override
    public int inl(int port) {
        return Cpu.inl(port);
    }

    @Override
    public void outb(int port, int value) {
        Cpu.outb(port, value);
    }

    @Override
    public void outw(int port, int value) {
        Cpu.outw(port, value);
    }

    @Override
    public void outl(int port, int value) {
        Cpu.outl(port, value);
    }
}
