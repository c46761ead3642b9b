package kv;

/**
 * The command line, in redis-server's form: {@code --port 6379 --maxmemory 100mb}. Sizes take
 * Redis's units ({@code memtoll}: k=1000, kb=1024, m, mb, g, gb, any case). On an image the
 * arguments come from the kernel command line after {@code --}.
 */
record Options(int port, long maxMemory, long queryBufferLimit) {
    static Options parse(String[] args) {
        int port = 6379;
        long maxMemory = 0;
        long queryBufferLimit = 1024L * 1024 * 1024;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value; usage: "
                        + "[--port N] [--maxmemory SIZE] [--client-query-buffer-limit SIZE]");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value);
                case "--maxmemory" -> maxMemory = size(value);
                case "--client-query-buffer-limit" -> queryBufferLimit = size(value);
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + "; usage: [--port N] [--maxmemory SIZE] [--client-query-buffer-limit SIZE]");
            }
        }
        return new Options(port, maxMemory, queryBufferLimit);
    }

    static long size(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        long unit =
                switch (s.substring(i).toLowerCase()) {
                    case "", "b" -> 1;
                    case "k" -> 1000;
                    case "kb" -> 1024;
                    case "m" -> 1000 * 1000;
                    case "mb" -> 1024 * 1024;
                    case "g" -> 1000L * 1000 * 1000;
                    case "gb" -> 1024L * 1024 * 1024;
                    default ->
                        throw new IllegalArgumentException(
                                "bad size " + s + ": a number with an optional unit b, k, kb, m, mb, g or gb");
                };
        return Long.parseLong(s.substring(0, i)) * unit;
    }
}
