package ukl.bench.insns;

import java.util.List;

/**
 * Where a function of the image belongs, by its symbol: the translator names a Java method
 * {@code m_} and its class's binary name with {@code _} for {@code .} and {@code /}; anything else
 * is the C runtime and the boot code.
 */
public enum Layer {
    APPLICATION("the application", "m_echo_", "m_kv_"),
    CLASS_LIBRARY("class library (java.*)", "m_java_", "m_jdk_"),
    LIBC("libc-style stubs (ukl.libc)", "m_ukl_libc_"),
    SYSTEM_CALLS("kernel: system calls (ukl.kernel.sys)", "m_ukl_kernel_sys_"),
    TCP_IP("kernel: TCP/IP (ukl.kernel.net)", "m_ukl_kernel_net_"),
    DRIVER("kernel: NIC driver (ukl.kernel.drivers, netdev)", "m_ukl_kernel_drivers_", "m_ukl_kernel_netdev_"),
    KERNEL_OTHER("kernel: the rest", "m_ukl_kernel_"),
    JAVA_OTHER("other Java code", "m_"),
    OUTSIDE("outside any symbol", CountingPlugin.OUTSIDE),
    RUNTIME("C runtime and boot code");

    private final String label;
    private final List<String> prefixes;

    Layer(String label, String... prefixes) {
        this.label = label;
        this.prefixes = List.of(prefixes);
    }

    public String label() {
        return label;
    }

    /** The first layer, in declaration order, whose prefix {@code symbol} has. */
    public static Layer of(String symbol) {
        for (Layer layer : values()) {
            for (String prefix : layer.prefixes) {
                if (symbol.startsWith(prefix)) return layer;
            }
        }
        return RUNTIME;
    }
}
