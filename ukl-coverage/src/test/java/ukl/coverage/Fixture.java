package ukl.coverage;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Known uses of java.*, which CoverageTest counts: never run. */
@SuppressWarnings({"unused", "serial"})
final class Fixture implements Serializable {
    int lengths(String a, String b) {
        Function<String, Integer> f = String::length;
        return a.length() + b.length() + f.apply(a);
    }

    List<String> list() {
        List<String> l = new ArrayList<>();
        try {
            l.add("x");
        } catch (IllegalStateException e) {
            return null;
        }
        return l;
    }

    String concat(int i) {
        return "n=" + i;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
    }
}
