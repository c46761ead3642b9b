/**
 * The Linux-guest baseline (DESIGN.md, "Linux guest baseline"): the same server the ukl image
 * runs, as a userspace process in a Linux guest under the same QEMU, NIC and tap network.
 *
 * <p>{@link ukl.bench.linux.LinuxGuest} builds a {@link ukl.bench.linux.GuestImage} from Debian's
 * cloud kernel ({@code apt-get download}, {@code dpkg-deb -x}, never installed) and an initramfs
 * with the virtio-net modules, a static init ({@code init.c}, compiled with gcc at build time) and
 * one payload: a static C program; a jar on a jlinked JRE with the host's glibc; or a host program
 * as its distribution packaged it (Debian's {@code redis-server}) with the shared objects
 * {@code ldd} resolves for it ({@link ukl.bench.linux.SharedLibraries}). The host's installed
 * binary is the .deb's own file ({@code scripts/env.sh} installs the package), and its libraries are
 * the ones it was built against, so copying both beside each other is the package as Debian runs
 * it, without unpacking a second copy or rebuilding it static.
 * {@link ukl.bench.linux.RunningGuest} boots it on a {@link ukl.bench.net.TapNetwork}.
 * {@link ukl.bench.linux.QemuFiles} reads QEMU's own files (the same {@code ldd} resolution) ahead
 * of every timed boot, the ukl images' too.
 *
 * <p>Contract: the guest configures eth0 at 10.0.2.15/24, runs the payload as a child of init,
 * prints {@code ukl-guest: ready S s after boot} on the console once a TCP socket listens, and
 * powers off when the payload exits. Every QEMU started here is killed by PID on close, on failure
 * and at JVM shutdown. Depends on {@code ukl.bench.net}, Commons Compress, and the host tools
 * apt, dpkg-deb, gcc with libc6-dev, ldd and qemu-system-x86_64.
 */
package ukl.bench.linux;
