/**
 * kv-server, a Redis-compatible key-value server written as a Java developer would write one:
 * java.nio ({@link java.nio.channels.Selector}, non-blocking channels, buffers), java.util
 * collections, one thread, nothing of ukl's. The same jar runs on a JVM and links into a ukl image.
 *
 * <p>The layers, top down: {@link kv.KvServer} (command line) → {@code Server} (the selector loop)
 * → {@code Client} (one connection: input, {@code RequestParser}, {@code Reply}) → {@code Commands}
 * (the table; one class per data type) → {@code Keyspace} (keys, values, expiry, {@code Memory}).
 *
 * <p>Contract: replies are byte for byte those of Redis 7.0 (Debian 12's redis-server, which the
 * tests run beside it) for the commands here, including the error replies for unknown commands,
 * wrong arity, WRONGTYPE, OOM and protocol errors. Differences, by design: one database (SELECT of
 * any index but 0 is out of range, as in Redis with {@code databases 1}); the memory that {@code
 * maxmemory} bounds is an estimate of the data set (see {@code Memory}); expired keys are deleted
 * when touched or when a write finds memory full, not by a background sweep; sets and the key
 * space iterate in an order of their own (Redis's order is its hash tables'). The GET and SET path
 * allocates nothing once a connection's buffers exist and a key's value keeps its length.
 */
package kv;
