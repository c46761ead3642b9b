package golden;

public class PatternSwitch {
    static int kind(Object o) {
        return switch (o) {
            case Integer i when i > 3 -> 1;
            case String s -> 2;
            default -> 3;
        };
    }
}
