package ukl.bench.latency;

/**
 * What a target's echo server speaks: TCP (RFC 862's TCP echo, a byte stream) or UDP (each datagram
 * sent back). The client measures both the same way, a closed loop; over UDP it also counts the
 * datagrams whose echo did not come back ({@code latency-client.c}'s {@code umeasure}).
 */
enum Transport {
    TCP(""),
    UDP("u");

    /** What the client's commands for this transport start with: {@code probe}, {@code uprobe}, … */
    final String commandPrefix;

    Transport(String commandPrefix) {
        this.commandPrefix = commandPrefix;
    }
}
