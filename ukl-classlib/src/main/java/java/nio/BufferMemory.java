package java.nio;

/**
 * The bytes behind any {@link ByteBuffer}, heap, "direct" or read-only, for the class library's
 * channels: in an image every buffer is an array on the heap, so a channel moves bytes between
 * the kernel and the buffer's own array instead of through a temporary copy (the JDK reaches a
 * direct buffer's memory by its address in the same way). Not part of the JDK's API: programs
 * compiled against the JDK cannot name it.
 */
public final class BufferMemory {
    private BufferMemory() {}

    /** The array that holds {@code b}'s bytes. */
    public static byte[] array(ByteBuffer b) {
        return b.backing();
    }

    /** The index in {@link #array} of {@code b}'s current position. */
    public static int position(ByteBuffer b) {
        return b.backingOffset() + b.position();
    }
}
