/**
 * The network corpus: ordinary Java network programs (java.net sockets, java.io streams, java.nio
 * channels and Selector, UDP, loopback), written against the JDK's API and nothing of ukl's. Each
 * runs twice, on the JVM and as an image on a tap device, driven by the same client; what the
 * program prints, its exit status and what the client sees must be the same bytes (qemu-tests'
 * {@code NetworkCorpusTest}).
 *
 * <p>Rules beyond the corpus's: a server prints {@code listening on PORT} once it accepts
 * connections, serves a fixed number of clients and exits; nothing printed names an address, as
 * the two runs use different ones. The first argument is the port; a client's second is the
 * server's address.
 */
package corpus.net;
