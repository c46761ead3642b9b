package ukl.kernel.sys;

public final class Sys {
    private Sys() {}

    public static long write(int fd, byte[] buf, int off, int len) {
        return len;
    }

    public static native void exit(int status);
}
