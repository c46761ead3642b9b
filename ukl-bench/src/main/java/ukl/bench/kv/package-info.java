/**
 * The key-value benchmark (issue 13, item 3): Debian's real {@code redis-benchmark} against
 * samples/kv-server as a ukl image, the same jar on a JVM in a Linux guest, Debian's real
 * {@code redis-server} in the same Linux guest, and, for reference, the jar and redis-server on the
 * host. The figures are redis-benchmark's own: requests per second and its latency percentiles.
 *
 * <p>{@link ukl.bench.kv.KvBench} (run by {@code scripts/bench --kv}) prepares each
 * {@link ukl.bench.kv.KvTarget}, starts it alone (no two servers share the CPU), waits for
 * {@code redis-cli PING}, warms it up once, runs {@code redis-benchmark --csv} for every clients ×
 * pipeline setting from the host side of the tap (inside the tap network's namespace), and stops
 * it. Then it writes {@code report.md} (tables, the image's ratios to both Linux targets, the
 * issue's targets checked), {@code kv.csv}, {@code results.json} and {@code kv.png}.
 *
 * <p>Contract: every QEMU target runs on the same machine, accelerator, {@code -m}, NIC and tap
 * (the Linux guests are {@code ukl.bench.linux}'s, as in the latency benchmark); a target or run
 * that fails is reported with its reason and the run goes on; every process started is killed by
 * PID and the namespace deleted, on success, on failure and at JVM shutdown. Depends on
 * {@code ukl.bench.run} (what it shares with the latency benchmark: the main method, option values,
 * the tap, booting the image, JSON), {@code ukl.bench.linux}, {@code ukl.bench.net},
 * ukl-toolchain, XChart, and the host's redis-tools and redis-server; never on
 * {@code ukl.bench.latency}.
 */
package ukl.bench.kv;
