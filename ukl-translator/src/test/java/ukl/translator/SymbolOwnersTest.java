package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SymbolOwnersTest {
    private final SymbolOwners owners = new SymbolOwners(List.of(
            "java/lang/String",
            "java/lang/StringBuilder",
            "ukl/kernel/net/socket/TcpSocket",
            "ukl/kernel/net/socket/TcpSocket$State"));

    @Test
    void methodsBelongToTheLongestClassThatPrefixesThem() {
        assertEquals(Optional.of("java/lang/String"), owners.ownerOf("m_java_lang_String_length"));
        assertEquals(Optional.of("java/lang/StringBuilder"), owners.ownerOf("m_java_lang_StringBuilder_append_3"));
        assertEquals(
                Optional.of("ukl/kernel/net/socket/TcpSocket$State"),
                owners.ownerOf("m_ukl_kernel_net_socket_TcpSocket_State_values"));
        assertEquals(
                Optional.of("ukl/kernel/net/socket/TcpSocket"),
                owners.ownerOf("m_ukl_kernel_net_socket_TcpSocket_dispatch"));
    }

    @Test
    void descriptorsInitialisersAndEnumValuesBelongToTheirClass() {
        assertEquals(Optional.of("java/lang/String"), owners.ownerOf("cls64_java_lang_String"));
        assertEquals(Optional.of("java/lang/String"), owners.ownerOf("cls64_java_lang_String_vtable"));
        assertEquals(
                Optional.of("ukl/kernel/net/socket/TcpSocket$State"),
                owners.ownerOf("init_cls216_ukl_kernel_net_socket_TcpSocket_State"));
        assertEquals(
                Optional.of("ukl/kernel/net/socket/TcpSocket$State"),
                owners.ownerOf("enum_values_cls216_ukl_kernel_net_socket_TcpSocket_State"));
    }

    @Test
    void literalsAndTheRuntimeBelongToNoClass() {
        assertEquals(Optional.of(SymbolOwners.STRING_LITERALS), owners.ownerOf("str81"));
        assertEquals(Optional.of(SymbolOwners.STRING_LITERALS), owners.ownerOf("str81_chars"));
        assertEquals(Optional.of(SymbolOwners.STACK_TRACE_TABLES), owners.ownerOf("ukl_method_texts"));
        assertEquals(Optional.of(SymbolOwners.STACK_TRACE_TABLES), owners.ownerOf("ukl_method_name"));
        assertEquals(Optional.of(SymbolOwners.STACK_TRACE_TABLES), owners.ownerOf("ukl_method_text"));
        assertEquals(Optional.empty(), owners.ownerOf("ukl_gc_alloc_slow"));
        assertEquals(Optional.empty(), owners.ownerOf("m_java_lang_Strin_x"), "no class is a prefix");
        assertEquals(Optional.empty(), owners.ownerOf("cls257_AC"), "array classes are the runtime's");
    }
}
