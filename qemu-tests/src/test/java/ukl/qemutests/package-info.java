/**
 * Tests that boot real images in a real QEMU: the differential corpus (every program of
 * {@code ukl-corpus} run on the JVM and as an image, output and exit status compared byte for
 * byte), the echo-server images against real clients, the network stack under floods and
 * crafted packets ({@code NetRobustnessImageTest}), and the Maven plugin run end to end on a
 * sample project.
 */
package ukl.qemutests;
