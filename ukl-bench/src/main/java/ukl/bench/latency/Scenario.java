package ukl.bench.latency;

/**
 * What one run sends: messages of {@code size} bytes, on {@code connections} connections at once,
 * each a closed loop (the next message leaves when the last echo is back).
 */
record Scenario(int size, int connections) {
    Scenario {
        if (size < 1) throw new IllegalArgumentException("message size " + size + " must be at least 1 byte");
        if (connections < 1) throw new IllegalArgumentException("connections " + connections + " must be at least 1");
    }

    /** {@code 64B-1c}: short, and safe in file names. */
    String label() {
        String bytes = size % 1024 == 0 ? size / 1024 + "KiB" : size + "B";
        return bytes + "-" + connections + "c";
    }
}
