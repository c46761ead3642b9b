/**
 * What the benchmarks ({@code ukl.bench.latency}, {@code ukl.bench.kv}) share, written once: the
 * main method's skeleton and exit codes ({@link ukl.bench.run.Launcher}), option values
 * ({@link ukl.bench.run.OptionValues}), the scratch directory ({@link ukl.bench.run.Scratch}), the
 * tap network made on first use ({@link ukl.bench.run.SharedTap}), booting a ukl image on it
 * ({@link ukl.bench.run.ImageBoot}), an image built elsewhere and given as {@code --image LABEL=PATH}
 * ({@link ukl.bench.run.GivenImage}), a server up until it is stopped
 * ({@link ukl.bench.run.RunningServer}), JSON strings ({@link ukl.bench.run.Json}), the
 * environment the numbers were measured in ({@link ukl.bench.run.Environment}) and the failure of
 * a step ({@link ukl.bench.run.BenchException}).
 *
 * <p>Contract: nothing here knows a benchmark's targets, options or reports; every process and
 * namespace made here is ended by its owner's {@code close()}. Depends on {@code ukl.bench.net},
 * {@code ukl.bench.linux} (the guest MAC) and boot-image's {@code Qemu} launcher; the benchmarks
 * depend on it, never the other way round.
 */
package ukl.bench.run;
