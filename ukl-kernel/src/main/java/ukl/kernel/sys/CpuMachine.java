package ukl.kernel.sys;

import ukl.kernel.arch.Cpu;
import ukl.kernel.time.Clock;

/** The real machine: the TSC clock and the {@code pause} instruction. */
final class CpuMachine implements Machine {
    @Override
    public long nanos() {
        return Clock.monotonicNanos();
    }

    @Override
    public void pause() {
        Cpu.pause();
    }
}
