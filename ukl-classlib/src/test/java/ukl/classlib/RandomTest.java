package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A seeded Random must give the JDK's sequence for every derived method. */
class RandomTest {
    private static final Shadow SHADOW = new Shadow("java/util/Random");

    @Test
    void seededSequencesMatchTheJdk() throws Exception {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            Random jdk = new Random(seed);
            Object ours =
                    SHADOW.loadClass("shadow.Random").getConstructor(long.class).newInstance(seed);
            Class<?> c = ours.getClass();
            int[] bounds = {1, 2, 7, 16, 100, 1 << 30, Integer.MAX_VALUE};
            for (int i = 0; i < 2000; i++) {
                int bound = bounds[i % bounds.length];
                assertEquals(jdk.nextInt(), c.getMethod("nextInt").invoke(ours));
                assertEquals(
                        jdk.nextInt(bound), c.getMethod("nextInt", int.class).invoke(ours, bound));
                assertEquals(
                        jdk.nextInt(-bound, bound / 2 + 1),
                        c.getMethod("nextInt", int.class, int.class).invoke(ours, -bound, bound / 2 + 1));
                assertEquals(jdk.nextLong(), c.getMethod("nextLong").invoke(ours));
                assertEquals(jdk.nextDouble(), c.getMethod("nextDouble").invoke(ours));
                assertEquals(jdk.nextFloat(), c.getMethod("nextFloat").invoke(ours));
                assertEquals(jdk.nextBoolean(), c.getMethod("nextBoolean").invoke(ours));
                assertEquals(jdk.nextGaussian(), c.getMethod("nextGaussian").invoke(ours));
                byte[] a = new byte[i % 7];
                byte[] b = new byte[i % 7];
                jdk.nextBytes(a);
                c.getMethod("nextBytes", byte[].class).invoke(ours, (Object) b);
                assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
            }
        }
    }
}
