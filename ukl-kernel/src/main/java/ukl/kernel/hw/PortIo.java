package ukl.kernel.hw;

/** The x86 I/O port space. Reads return the value zero-extended; writes use its low 8, 16 or 32 bits. */
public interface PortIo {
    int inb(int port);

    int inw(int port);

    int inl(int port);

    void outb(int port, int value);

    void outw(int port, int value);

    void outl(int port, int value);
}
