package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** List.listIterator of ArrayList and List.of against the JDK's, walked both ways at random. */
class ListIteratorTest {
    private static final Shadow SHADOW = new Shadow(
            "java/util/ArrayList",
            "java/util/AbstractList",
            "java/util/AbstractCollection",
            "java/util/ListIndexIterator",
            "java/util/ImmutableList",
            "java/util/Arrays",
            "java/util/Sorting",
            "java/util/ArrayView",
            "java/util/DeepArrays");

    @Test
    @SuppressWarnings("unchecked")
    void arrayListIteratorFollowsTheJdk() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        for (int run = 0; run < 200; run++) {
            List<Integer> jdk = new ArrayList<>();
            List<Integer> ours = (List<Integer>)
                    SHADOW.loadClass("shadow.ArrayList").getConstructor().newInstance();
            for (int i = random.nextInt(8); i > 0; i--) {
                jdk.add(i);
                ours.add(i);
            }
            int start = random.nextInt(jdk.size() + 3) - 1;
            String a = EnumAndIdentityMapsTest.outcome(() -> jdk.listIterator(start));
            String b = EnumAndIdentityMapsTest.outcome(() -> ours.listIterator(start));
            if (a.startsWith("java.lang.IndexOutOfBounds")) {
                assertEquals(a, b);
                continue;
            }
            ListIterator<Integer> j = jdk.listIterator(start);
            ListIterator<Integer> o = ours.listIterator(start);
            for (int step = 0; step < 25; step++) {
                int op = random.nextInt(8);
                int v = 100 + step;
                ListIterator<Integer>[] its = new ListIterator[] {j, o};
                String[] answers = new String[2];
                for (int k = 0; k < 2; k++) {
                    ListIterator<Integer> it = its[k];
                    answers[k] = EnumAndIdentityMapsTest.outcome(() -> switch (op) {
                        case 0, 1 -> it.next();
                        case 2, 3 -> it.previous();
                        case 4 -> {
                            it.set(v);
                            yield "set";
                        }
                        case 5 -> {
                            it.add(v);
                            yield "add";
                        }
                        case 6 -> {
                            it.remove();
                            yield "remove";
                        }
                        default ->
                            it.hasNext() + " " + it.hasPrevious() + " " + it.nextIndex() + " " + it.previousIndex();
                    });
                }
                assertEquals(answers[0], answers[1], "op " + op);
                assertEquals(jdk.toString(), ours.toString(), "op " + op);
            }
            jdk.add(0);
            ours.add(0);
            assertEquals(
                    EnumAndIdentityMapsTest.outcome(j::next), EnumAndIdentityMapsTest.outcome(o::next), "after add");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void immutableListIteratorBoundsAndWrites() throws Exception {
        Method copyOf = SHADOW.loadClass("shadow.ImmutableList").getDeclaredMethod("copyOf", Object[].class);
        copyOf.setAccessible(true);
        List<Integer> ours = (List<Integer>) copyOf.invoke(null, (Object) new Object[] {1, 2, 3});
        List<Integer> jdk = List.of(1, 2, 3);
        for (int at : new int[] {-1, 0, 3, 4}) {
            assertEquals(
                    EnumAndIdentityMapsTest.outcome(() -> jdk.listIterator(at).nextIndex()),
                    EnumAndIdentityMapsTest.outcome(() -> ours.listIterator(at).nextIndex()),
                    "at " + at);
        }
        ListIterator<Integer> j = jdk.listIterator(3);
        ListIterator<Integer> o = ours.listIterator(3);
        assertEquals(j.previous() + " " + j.previous(), o.previous() + " " + o.previous());
        assertEquals(
                EnumAndIdentityMapsTest.outcome(() -> {
                    j.set(9);
                    return "";
                }),
                EnumAndIdentityMapsTest.outcome(() -> {
                    o.set(9);
                    return "";
                }));
    }
}
