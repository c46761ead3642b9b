package corpus;

/** Filling the heap throws OutOfMemoryError ("Java heap space"), which a program can catch and survive. */
public final class OutOfMemoryCaught {
    private OutOfMemoryCaught() {}

    public static void main(String[] args) {
        Object[] chain = null;
        int blocks = 0;
        try {
            while (true) {
                Object[] block = new Object[1 << 20];
                block[0] = chain;
                chain = block;
                blocks++;
            }
        } catch (OutOfMemoryError e) {
            chain = null;
            System.out.println("caught " + e.getClass().getName() + ": " + e.getMessage()
                    + (blocks > 0 ? " after some blocks" : ""));
        }
        System.out.println(new int[10].length);
    }
}
