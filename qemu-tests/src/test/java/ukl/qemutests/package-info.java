/**
 * Tests that boot real images in a real QEMU: the differential corpus (every program of
 * {@code ukl-corpus} run on the JVM and as an image, output and exit status compared byte for
 * byte), the echo-server images against real clients, the network stack under floods and
 * crafted packets ({@code NetRobustnessImageTest}), a packet-level TCP/IPv4 conformance suite
 * scored against a Linux guest ({@code NetConformanceTest}), and the Maven plugin run end to end
 * on a sample project.
 */
package ukl.qemutests;
