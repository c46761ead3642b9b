package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The connection table against a HashMap: every key it holds is found, and no other. */
class ConnectionTableTest {
    @Test
    void agreesWithAMapThroughPutsAndRemovals() {
        for (int capacity : new int[] {1, 3, 8, 64}) {
            for (long seed = 0; seed < 20; seed++) {
                runAgainstAMap(capacity, seed);
            }
        }
    }

    /**
     * Random puts and removals of at most {@code capacity} live keys, from a small pool of ports so
     * that keys meet again after removal; after each step every key of the pool is looked up. Small
     * tables wrap their runs around the end, which is where a removal's back-shift goes wrong.
     */
    private static void runAgainstAMap(int capacity, long seed) {
        Random random = new Random(seed);
        ConnectionTable table = new ConnectionTable(capacity, random.nextLong());
        Map<Long, Integer> model = new HashMap<>();
        List<Long> pool = new ArrayList<>();
        for (int i = 0; i < 3 * capacity + 2; i++) {
            pool.add(ConnectionTable.key(0x0a000002 + random.nextInt(2), 40000 + random.nextInt(64), 6379));
        }
        for (int step = 0; step < 400; step++) {
            long key = pool.get(random.nextInt(pool.size()));
            if (model.containsKey(key) && random.nextBoolean()) {
                table.remove(key, model.remove(key));
            } else if (model.containsKey(key)) {
                table.remove(key, model.get(key) + 1); // another handle's removal leaves it
            } else if (model.size() < capacity) {
                int handle = random.nextInt(capacity);
                table.put(key, handle);
                model.put(key, handle);
            }
            for (long k : pool) {
                assertEquals(
                        model.getOrDefault(k, -1),
                        table.find(k),
                        "capacity " + capacity + ", seed " + seed + ", step " + step + ": key " + Long.toHexString(k));
            }
            assertEquals(model.size(), table.size());
        }
    }

    @Test
    void keysTellPeersAndPortsApart() {
        long a = ConnectionTable.key(0x0a000002, 40000, 80);
        assertEquals(a, ConnectionTable.key(0x0a000002, 40000, 80));
        List<Long> others = List.of(
                ConnectionTable.key(0x0a000003, 40000, 80),
                ConnectionTable.key(0x0a000002, 40001, 80),
                ConnectionTable.key(0x0a000002, 40000, 81),
                ConnectionTable.key(0x8a000002, 40000, 80));
        for (long other : others) {
            assertNotEquals(a, other, Long.toHexString(other));
        }
    }
}
