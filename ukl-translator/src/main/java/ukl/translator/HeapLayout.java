package ukl.translator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The collector's geometry (ukl_gc.h): the single source of these numbers. The translator emits
 * them as C macros ahead of the runtime, and {@link Translator#heapDescription()} shows them.
 */
final class HeapLayout {
    /** Blocks are the unit of the heap: one size class each, or runs of them for a large object. */
    static final int BLOCK_BYTES = 32 << 10;
    /**
     * Cell sizes of the small-object blocks, multiples of 16 (the header is 16 bytes, long and
     * double fields 8-aligned), about 25% apart so no more than a fifth of a cell is wasted; the
     * larger ones divide a block with little left over. Larger objects take whole blocks. 1552 is
     * a virtio-net buffer (a 1,528-byte frame and header in a byte array), 21 to a block as 1536
     * would be, where 1536 put it in a 2048-byte cell.
     */
    static final List<Integer> SIZE_CLASSES = List.of(
            16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 1024, 1280, 1552, 2048,
            2720, 3264, 4096, 5456, 6544, 8192);

    static final int MAX_SMALL = SIZE_CLASSES.getLast();
    /** Blocks held back for the handler of an OutOfMemoryError, or the report of an uncaught one. */
    static final int RESERVE_BLOCKS = 8;
    /** ukl_runtime.h's default UKL_STACK_BYTES: the Java stack is carved from RAM before the heap. */
    static final int STACK_BYTES = 2 << 20;

    private HeapLayout() {}

    /** The macros ukl_gc.h requires. */
    static String defines() {
        return "#define UKL_GC_BLOCK_BYTES " + BLOCK_BYTES + "u\n"
                + "#define UKL_GC_MAX_SMALL " + MAX_SMALL + "u\n"
                + "#define UKL_GC_RESERVE_BLOCKS " + RESERVE_BLOCKS + "u\n"
                + "#define UKL_GC_SIZE_CLASSES "
                + SIZE_CLASSES.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "\n"
                + "#define UKL_GC_CLASS_INDEX " + classIndex() + "\n";
    }

    /**
     * Size class by 16-byte grain: entry g is the smallest class of at least 16g bytes. ukl_gc.h
     * keeps it as a constant table, so that an allocation of a constant size gets a constant class.
     */
    static String classIndex() {
        StringBuilder out = new StringBuilder();
        int c = 0;
        for (int g = 0; g <= MAX_SMALL / 16; g++) {
            while (SIZE_CLASSES.get(c) < g * 16) {
                c++;
            }
            out.append(g == 0 ? "" : ",").append(c);
        }
        return out.toString();
    }

    static String describe() {
        return "non-moving mark-sweep heap: the RAM the boot code reports (ukl_heap_start..ukl_heap_end) minus the "
                + (STACK_BYTES >> 20) + " MiB Java stack and about 0.4% for the block table and mark stack; "
                + (BLOCK_BYTES >> 10) + " KiB blocks; " + SIZE_CLASSES.size() + " size classes " + SIZE_CLASSES
                + " bytes; objects over " + MAX_SMALL + " bytes take runs of whole blocks; "
                + (RESERVE_BLOCKS * BLOCK_BYTES >> 10) + " KiB held back for OutOfMemoryError handlers";
    }
}
