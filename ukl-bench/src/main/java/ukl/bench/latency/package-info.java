/**
 * The latency benchmark, the UKL paper's Figure 1 side by side: the echo server
 * ({@code samples/echo-server}) as a ukl image, as a JVM process and as a C process in a Linux
 * guest, and on the host JVM over loopback, measured in one run by one client.
 *
 * <p>{@link ukl.bench.latency.Bench} (run by {@code scripts/bench}) prepares each
 * {@link ukl.bench.latency.Target}, starts it (alone: no two servers share the CPU), has the
 * {@link ukl.bench.latency.LatencyClient} (a child JVM, inside the tap network's namespace for the
 * QEMU targets) time closed-loop round trips for every scenario (message size × connections), and
 * stops it. Then it writes a table, CSV, JSON and XChart plots. {@code --image LABEL=PATH} adds an
 * echo server's image built elsewhere (e.g. from another commit) as one more image target, so that
 * a change's effect on latency shows side by side in one run.
 *
 * <p>The floor ({@link ukl.bench.latency.FloorTarget}, issue #12): a minimal C guest
 * ({@code floor/floor.c}, compiled with gcc at run time like the C client) that polls the same
 * legacy virtio-net device on the same tap and echoes UDP. No guest answers faster on this NIC, so
 * every report divides each target's p50 by the floor's; the image of a UDP echo server
 * ({@code samples/udp-echo-server}, target {@code ukl-image-udp}) is the like-for-like comparison.
 * The UDP targets are measured by the C client's {@code umeasure} (see {@link
 * ukl.bench.latency.Transport}), which also counts datagrams whose echo did not come back.
 *
 * <p>{@link ukl.bench.latency.SeedFigures} ({@code scripts/bench --seed}) reuses the same targets
 * for the μKontainer paper's figures: cold start to the first echo, resident memory of the serving
 * process against the host JVM, and CPU time of ukl-corpus programs as process executables against
 * HotSpot.
 *
 * <p>{@link ukl.bench.latency.ThreadSwitches} ({@code scripts/bench --switch}) reports what a thread
 * switch costs (issue #10): ukl-corpus's {@code SynchronousPingPong} as the image in QEMU, as the
 * process-platform executable and on HotSpot, in ns per hand-off between its two threads.
 *
 * <p>Contract: every QEMU target runs on the same machine, accelerator, NIC arguments
 * ({@code TapNetwork.qemuNetdevArgs}) and tap; a target that fails is reported with its reason and
 * the run goes on; every process started (QEMU, servers, clients) is killed by PID and the namespace
 * deleted, on success, on failure and at JVM shutdown (Ctrl-C). Depends on {@code ukl.bench.run}
 * (what it shares with the key-value benchmark: the main method, option values, the tap, booting
 * the image, JSON), {@code ukl.bench.net}, {@code ukl.bench.linux}, ukl-toolchain (image build), ukl-corpus (the compute-bound
 * programs of {@code SeedFigures} and {@code ThreadSwitches}),
 * boot-image's {@code Qemu} launcher, and XChart.
 */
package ukl.bench.latency;
