package ukl.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command line's split into options (the image's environment) and program arguments. */
class KernelCommandLineTest {
    @Test
    void optionsBeforeDashesArgumentsAfter() {
        String[] args = Kernel.parse("ukl.ip=10.0.2.15/24 ukl.hosts=db:10.0.0.5,web:10.0.0.6 -- a ukl.x=1 b");
        assertArrayEquals(new String[] {"a", "ukl.x=1", "b"}, args);
        assertEquals("db:10.0.0.5,web:10.0.0.6", Kernel.environment("ukl.hosts"));
        assertEquals("10.0.2.15/24", Kernel.option("ip", "none"));
        assertNull(Kernel.environment("ukl.x"), "words after -- are arguments only");
    }

    @Test
    void environmentMatchesWholeNamesOnly() {
        Kernel.parse("ukl.hostsx=1 ukl.host=2 ukl.empty= args");
        assertNull(Kernel.environment("ukl.hosts"));
        assertEquals("2", Kernel.environment("ukl.host"));
        assertEquals("", Kernel.environment("ukl.empty"));
        assertEquals("fallback", Kernel.option("missing", "fallback"));
    }

    @Test
    void withoutDashesEveryOtherWordIsAnArgument() {
        assertArrayEquals(new String[] {"x", "y"}, Kernel.parse("x ukl.netstats=1 y"));
        assertEquals("1", Kernel.option("netstats", "0"));
    }

    @Test
    void numberOptionsAreDecimalWithinTheirRangeOrStopWithTheOptionsName() {
        Kernel.parse("ukl.ackdelay=250 ukl.big=2001 ukl.neg=-1 ukl.hex=0x10 ukl.empty= --");
        assertEquals(250, Kernel.numberOption("ackdelay", 500, 2000));
        assertEquals(500, Kernel.numberOption("missing", 500, 2000));
        for (String bad : new String[] {"big", "neg", "hex", "empty"}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> Kernel.numberOption(bad, 0, 2000));
            assertTrue(e.getMessage().startsWith("kernel option ukl." + bad + " has '"), e.getMessage());
        }
    }
}
