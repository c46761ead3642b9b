package ukl.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** InlinedCalls against what the real gcc and readelf make of inlining.c, with the image's flags. */
class InlinedCallsTest {

    private static InlinedCalls compiled(Path dir) throws Exception {
        // linked as an image is, with --gc-sections: in an object file every function is at address 0
        Path linked = dir.resolve("inlining.elf");
        List<String> command = new ArrayList<>(List.of("gcc"));
        command.addAll(ImageBuilder.CFLAGS);
        command.addAll(List.of(
                "-Wl,--gc-sections",
                "-Wl,-e,m_app_Main_run",
                TestImages.testSource("inlining.c").toString(),
                "-o",
                linked.toString()));
        Process gcc = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, gcc.waitFor(), "gcc " + command);
        return InlinedCalls.read(linked);
    }

    @Test
    void aSmallEntryIsInlinedWithTheMethodItCalls(@TempDir Path dir) throws Exception {
        List<InlinedCalls.Call> calls = compiled(dir).callsOf(n -> n.equals("m_k_Sys_small"));
        assertEquals(1, calls.size(), calls::toString);
        InlinedCalls.Call small = calls.getFirst();
        assertTrue(small.inlined());
        assertEquals("m_app_Main_run", small.function());
        assertEquals("m_app_Main_run", small.caller());
        assertEquals(42, small.callLine(), "the Java line of the call, from #line");
        assertEquals(40, small.callerDeclLine());
        assertEquals(List.of("m_k_Sys_small", "m_k_Sys_leaf"), small.chain());
        assertEquals(2, small.depth());
        assertEquals(List.of(), small.callsLeft());
    }

    @Test
    void aFunctionTheLinkerRemovedHasNoCalls(@TempDir Path dir) throws Exception {
        List<InlinedCalls.Call> calls = compiled(dir).callsOf(n -> n.equals("m_k_Sys_small"));
        assertTrue(calls.stream().noneMatch(c -> c.function().equals("m_app_Main_unused")), calls::toString);
    }

    @Test
    void aNoinlineEntryStaysACall(@TempDir Path dir) throws Exception {
        List<InlinedCalls.Call> calls = compiled(dir).callsOf(n -> n.equals("m_k_Sys_big"));
        assertEquals(1, calls.size(), calls::toString);
        InlinedCalls.Call big = calls.getFirst();
        assertFalse(big.inlined());
        assertEquals("m_app_Main_run", big.caller());
        assertEquals(0, big.depth());
    }

    /** The entries under an abstract instance (a function's inline description) are no code. */
    @Test
    void abstractInstancesAndLexicalBlocksAreReadAsReadelfPrintsThem() throws Exception {
        String dump = """
                 <0><b>: Abbrev Number: 1 (DW_TAG_compile_unit)
                 <1><20>: Abbrev Number: 2 (DW_TAG_subprogram)
                    <21>   DW_AT_name        : (indirect string, offset: 0x10): m_k_Sys_read
                    <25>   DW_AT_decl_line   : 151
                    <27>   DW_AT_inline      : 1	(inlined)
                 <2><28>: Abbrev Number: 5 (DW_TAG_call_site)
                    <29>   DW_AT_call_origin : <0x90>
                 <1><40>: Abbrev Number: 3 (DW_TAG_subprogram)
                    <41>   DW_AT_name        : m_a_Main_run
                    <45>   DW_AT_decl_line   : 40
                 <2><50>: Abbrev Number: 4 (DW_TAG_lexical_block)
                 <3><58>: Abbrev Number: 6 (DW_TAG_inlined_subroutine)
                    <59>   DW_AT_abstract_origin: <0x20>
                    <5d>   DW_AT_call_file   : 2
                    <5e>   DW_AT_call_line   : 309
                 <4><60>: Abbrev Number: 5 (DW_TAG_call_site)
                    <61>   DW_AT_call_origin : <0x90>
                 <4><68>: Abbrev Number: 0
                 <3><69>: Abbrev Number: 0
                 <1><90>: Abbrev Number: 7 (DW_TAG_subprogram)
                    <91>   DW_AT_name        : m_k_TcpSocket_recv
                    <95>   DW_AT_declaration : 1
                """;
        InlinedCalls calls = InlinedCalls.parse(new BufferedReader(new StringReader(dump)));
        List<InlinedCalls.Call> read = calls.callsOf(n -> n.equals("m_k_Sys_read"));
        assertEquals(1, read.size(), read::toString);
        assertEquals("m_a_Main_run", read.getFirst().caller());
        assertEquals(309, read.getFirst().callLine());
        assertEquals(List.of("m_k_TcpSocket_recv"), read.getFirst().callsLeft());
        List<InlinedCalls.Call> recv = calls.callsOf(n -> n.equals("m_k_TcpSocket_recv"));
        assertEquals(1, recv.size(), "the abstract instance's call site is no code: " + recv);
        assertEquals("m_k_Sys_read", recv.getFirst().caller(), "the call sits in the inlined copy of Sys.read");
        assertEquals("m_a_Main_run", recv.getFirst().function());
    }
}
