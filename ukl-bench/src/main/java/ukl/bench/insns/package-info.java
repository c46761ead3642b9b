/**
 * The instruction-count benchmark, {@code scripts/bench --insns}: how many guest instructions one
 * echo round trip costs the echo server's image, in all, by layer and by function. A QEMU TCG
 * plugin ({@code insn-count.c}, built with gcc for the QEMU at hand) adds each translated block's
 * instruction count to its function's counter; an echo client in the tap's namespace takes
 * snapshots through the plugin's FIFO around windows of round trips. The count does not depend on
 * the host's speed or load, so a change to the packet path shows its cost in a figure that two runs
 * agree on, where the latency benchmark's microseconds move with the machine. Only the kernel's
 * wait loop spins for a fixed time, so the number of its spin rounds does move with the load;
 * {@link ukl.bench.insns.SpinFit} takes them out, with the calls the plugin also counts.
 *
 * <p>{@code --image LABEL=PATH} counts an image built elsewhere beside the ones built here, e.g.
 * the same sample built from another commit, so that a change's cost shows side by side in one
 * report.
 */
package ukl.bench.insns;
