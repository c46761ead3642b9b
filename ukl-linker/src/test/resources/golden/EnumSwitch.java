package golden;

public class EnumSwitch {
    enum Color { RED, GREEN }

    static int code(Color c) {
        return switch (c) {
            case RED -> 1;
            case Color x when x.ordinal() > 0 -> 2;
            default -> 3;
        };
    }
}
