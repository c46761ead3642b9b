package kv;

import java.io.IOException;

/**
 * A Redis-compatible key-value server (RESP2, pipelining, the commands {@code redis-benchmark}
 * runs and a few more) as a Java developer writes one: java.nio, one thread, nothing of ukl's. It
 * runs as it is on a JVM ({@code java -jar kv-server.jar --port 6379}) and as a ukl image.
 *
 * <p>Usage: {@code KvServer [--port N] [--maxmemory SIZE] [--client-query-buffer-limit SIZE]};
 * port 6379 by default, 0 lets the host choose; maxmemory 0 (the default) means no limit.
 */
public final class KvServer {
    private KvServer() {}

    public static void main(String[] args) throws IOException {
        Server.run(Options.parse(args));
    }
}
