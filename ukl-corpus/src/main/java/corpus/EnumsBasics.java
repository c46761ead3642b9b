package corpus;

/** Enums (JLS §8.9): values, valueOf, ordinal, compareTo, switch, constant bodies, fields. */
public final class EnumsBasics {
    private EnumsBasics() {}

    enum Color {
        RED,
        GREEN,
        BLUE
    }

    enum Op {
        PLUS("+") {
            @Override
            int apply(int a, int b) {
                return a + b;
            }
        },
        TIMES("*") {
            @Override
            int apply(int a, int b) {
                return a * b;
            }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);
    }

    static String describe(Color c) {
        return switch (c) {
            case RED -> "warm";
            case GREEN, BLUE -> "cool";
        };
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(
                    c + " " + c.name() + " " + c.ordinal() + " " + describe(c) + " " + c.compareTo(Color.GREEN) + " "
                            + c.equals(Color.RED) + " " + c.getDeclaringClass().getSimpleName());
        }
        System.out.println(
                Color.valueOf("BLUE") + " " + (Color.valueOf("RED") == Color.RED) + " " + Color.values().length + " "
                        + (Color.values() != Color.values()) + " " + Enum.valueOf(Color.class, "GREEN"));
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.symbol + " " + op.apply(6, 7) + " "
                    + op.getDeclaringClass().getSimpleName() + " " + (op.getClass() == Op.class) + " " + op.ordinal());
        }
        System.out.println(Op.valueOf("TIMES").apply(3, 3));
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Color.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        Color c = Color.BLUE;
        switch (c) {
            case RED:
                System.out.println("red");
                break;
            case BLUE:
                System.out.println("blue");
            // falls through
            default:
                System.out.println("after blue");
        }
        int[] counts = new int[Color.values().length];
        for (int i = 0; i < 10; i++) {
            counts[Color.values()[i % 3].ordinal()]++;
        }
        System.out.println(counts[0] + " " + counts[1] + " " + counts[2]);
    }
}
