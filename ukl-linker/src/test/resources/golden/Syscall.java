package golden;

import ukl.libc.Libc;

public class Syscall {
    static long write(byte[] b) {
        return Libc.write(1, b, 0, b.length);
    }
}
