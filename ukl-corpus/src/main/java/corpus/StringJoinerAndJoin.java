package corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** StringJoiner (prefix, suffix, empty value, merge) and String.join over arrays and lists. */
public final class StringJoinerAndJoin {
    private StringJoinerAndJoin() {}

    public static void main(String[] args) {
        StringJoiner csv = new StringJoiner(",");
        for (int i = 1; i <= 5; i++) {
            csv.add(Integer.toString(i * i));
        }
        System.out.println(csv + " length " + csv.length());

        StringJoiner set = new StringJoiner(", ", "{", "}");
        System.out.println("empty: " + set + " length " + set.length());
        set.setEmptyValue("EMPTY");
        System.out.println("with empty value: " + set + " length " + set.length());
        set.add("red").add("green").add(null);
        System.out.println(set + " length " + set.length());

        StringJoiner more = new StringJoiner("-", "[", "]");
        more.add("x").add("y");
        set.merge(more);
        System.out.println("merged: " + set);
        set.merge(new StringJoiner("/"));
        System.out.println("merged empty: " + set);
        more.merge(more);
        System.out.println("self-merged: " + more);

        List<String> words = new ArrayList<>(List.of("alpha", "beta", "gamma"));
        System.out.println(String.join(" | ", words));
        System.out.println(String.join("", "a", "b", "c") + " "
                + String.join("+", new ArrayList<String>()).isEmpty());
        System.out.println(String.join("::", List.of("single")));
        StringBuilder delimiter = new StringBuilder("~");
        System.out.println(String.join(delimiter, "x", null, "z"));
    }
}
