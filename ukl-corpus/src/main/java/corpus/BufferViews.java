package corpus;

import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.nio.InvalidMarkException;
import java.nio.LongBuffer;
import java.nio.ReadOnlyBufferException;

/**
 * A byte buffer written in both byte orders and read through int, long and char views; slices,
 * duplicates and compaction; comparisons; and the buffer exceptions with their messages.
 */
public final class BufferViews {
    private BufferViews() {}

    public static void main(String[] args) {
        ByteBuffer bytes = ByteBuffer.allocate(24);
        bytes.putInt(0x01020304).putShort((short) -2).putLong(0x1122334455667788L);
        bytes.order(ByteOrder.LITTLE_ENDIAN).putInt(0x01020304).putFloat(1.5f);
        System.out.println(bytes + " order " + bytes.order());
        bytes.flip();
        StringBuilder hex = new StringBuilder();
        while (bytes.hasRemaining()) {
            hex.append(Integer.toHexString(bytes.get() & 0xff)).append(' ');
        }
        System.out.println(hex.toString().trim());
        bytes.rewind();
        System.out.println("little: " + Integer.toHexString(bytes.getInt()) + " big: "
                + Integer.toHexString(bytes.order(ByteOrder.BIG_ENDIAN).getInt(0)) + " short " + bytes.getShort(4));

        bytes.clear();
        IntBuffer ints = bytes.asIntBuffer();
        LongBuffer longs = bytes.order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
        ints.put(1, 7);
        System.out.println(ints + " " + ints.get(1) + " long0 " + Long.toHexString(longs.get(0)) + " " + longs);
        CharBuffer chars = ByteBuffer.wrap(new byte[] {0, 'h', 0, 'i', 0x20, (byte) 0xac}).asCharBuffer();
        System.out.println("chars '" + chars + "' length " + chars.length() + " " + chars.subSequence(1, 3));

        IntBuffer source = IntBuffer.wrap(new int[] {5, 6, 7, 8, 9});
        source.position(1).limit(4);
        IntBuffer slice = source.slice();
        IntBuffer copy = source.duplicate();
        System.out.println(slice + " " + slice.get(0) + " " + copy + " " + slice.equals(copy) + " " + slice.compareTo(copy));
        source.compact();
        System.out.println("compacted " + source + " " + source.get(0) + source.get(1) + source.get(2) + " array "
                + java.util.Arrays.toString(source.array()));
        System.out.println("hash " + IntBuffer.wrap(new int[] {1, 2}).hashCode() + " mismatch "
                + IntBuffer.wrap(new int[] {1, 2, 3}).mismatch(IntBuffer.wrap(new int[] {1, 9})));

        CharBuffer text = CharBuffer.wrap("hello world", 6, 11);
        System.out.println("'" + text + "' " + text.position() + " " + text.isReadOnly() + " " + text.charAt(1));
        CharBuffer built = CharBuffer.allocate(8).put("abc").append('d');
        built.flip();
        System.out.println(built + " cmp " + built.compareTo(CharBuffer.wrap("abd")));

        try {
            ByteBuffer.allocate(2).putInt(1);
        } catch (BufferOverflowException e) {
            System.out.println("BufferOverflowException " + e.getMessage());
        }
        try {
            ByteBuffer.allocate(3).getInt();
        } catch (BufferUnderflowException e) {
            System.out.println("BufferUnderflowException");
        }
        try {
            bytes.asReadOnlyBuffer().put((byte) 1);
        } catch (ReadOnlyBufferException e) {
            System.out.println("ReadOnlyBufferException, direct " + ByteBuffer.allocateDirect(4).isDirect());
        }
        try {
            ByteBuffer.allocate(4).reset();
        } catch (InvalidMarkException e) {
            System.out.println("InvalidMarkException");
        }
        try {
            ByteBuffer.allocate(4).position(5);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        try {
            ByteBuffer.allocate(4).get(4);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException " + e.getMessage());
        }
    }
}
