package ukl.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Deadlines: threads come out earliest first, ties in the order they were added, removal anywhere. */
class TimersTest {
    private static KThread at(int id, long deadline) {
        KThread t = new KThread(id, 0, null, false);
        t.deadline = deadline;
        return t;
    }

    @Test
    void expiredInDeadlineOrderThenFifo() {
        Random random = new Random(11);
        Timers timers = new Timers();
        List<KThread> model = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            KThread t = at(i, random.nextInt(50));
            timers.add(t);
            model.add(t);
        }
        for (int i = 0; i < 40; i++) {
            KThread gone = model.remove(random.nextInt(model.size()));
            timers.remove(gone);
        }
        model.sort(Comparator.comparingLong((KThread t) -> t.deadline).thenComparingInt(t -> t.id));
        assertEquals(model.get(0).deadline, timers.next());
        for (KThread expected : model) {
            assertNull(timers.expired(expected.deadline - 1), "nothing expires before its deadline");
            assertSame(expected, timers.expired(expected.deadline));
        }
        assertEquals(Long.MAX_VALUE, timers.next());
    }

    @Test
    void removingAThreadNotTimedIsHarmless() {
        Timers timers = new Timers();
        KThread t = at(1, 5);
        timers.remove(t);
        timers.add(t);
        timers.remove(t);
        timers.remove(t);
        assertNull(timers.expired(Long.MAX_VALUE));
    }
}
