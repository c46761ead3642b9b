package golden;

import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

public class Lambdas {
    private final int base = 1;

    static Supplier<StringBuilder> constructor() {
        return StringBuilder::new;
    }

    static Function<String, Integer> staticRef() {
        return Integer::parseInt;
    }

    IntSupplier capturing(int k) {
        return () -> base + k;
    }
}
