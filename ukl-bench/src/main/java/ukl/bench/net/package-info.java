/**
 * The test network: a tap device in a network namespace of its own, created and removed by the
 * code that uses it (DESIGN.md, "test network").
 *
 * <p>{@link ukl.bench.net.TapNetwork} puts {@code tap0} at 10.0.2.1/24 in namespace
 * {@code <prefix>-<pid>-<n>}; guests take 10.0.2.15/24. QEMU and every client run inside the
 * namespace ({@link ukl.bench.net.TapNetwork#command}), so runs never touch the host's own
 * interfaces and parallel runs never see each other. Contract: after {@code close()}, after a JVM
 * shutdown, or after the next {@code create} following a killed JVM, no namespace and no tap of
 * this prefix are left. Depends only on the JDK and iproute2's {@code ip}; needs root and
 * /dev/net/tun.
 */
package ukl.bench.net;
