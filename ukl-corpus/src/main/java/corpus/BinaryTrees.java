package corpus;

/**
 * The Computer Language Benchmarks Game's binary-trees in plain Java, on one thread: many short-lived
 * complete trees of small nodes beside one long-lived tree, checked by counting their nodes. It is
 * the collector's benchmark (almost every cycle allocates or walks nodes). The maximum depth is the
 * first argument (10 without one).
 */
public final class BinaryTrees {
    private static final int MIN_DEPTH = 4;

    private BinaryTrees() {}

    private static final class Node {
        Node left;
        Node right;

        int check() {
            return 1 + (left == null ? 0 : left.check() + right.check());
        }
    }

    private static Node bottomUp(int depth) {
        Node node = new Node();
        if (depth > 0) {
            node.left = bottomUp(depth - 1);
            node.right = bottomUp(depth - 1);
        }
        return node;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int maxDepth = Math.max(MIN_DEPTH + 2, n);
        int stretchDepth = maxDepth + 1;
        System.out.println("stretch tree of depth " + stretchDepth + "\t check: "
                + bottomUp(stretchDepth).check());
        Node longLived = bottomUp(maxDepth);
        for (int depth = MIN_DEPTH; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + MIN_DEPTH);
            int check = 0;
            for (int i = 1; i <= iterations; i++) {
                check += bottomUp(depth).check();
            }
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
    }
}
