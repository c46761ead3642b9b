package corpus.net;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Thread.interrupt of a thread blocked in an interruptible channel over 127.0.0.1, on a platform
 * and on a virtual thread: a read, a write to a full connection, an accept, a datagram receive,
 * the same through the channels' socket adaptors, and operations begun with the status already set.
 * Each closes its channel and throws ClosedByInterruptException, the status kept. The victim is
 * interrupted after a pause; had it not yet blocked, the status set before the operation has the
 * same effect, so the output does not depend on timing.
 */
public final class InterruptedChannels {
    private InterruptedChannels() {}

    interface Blocking {
        String run() throws Exception;
    }

    /** Runs {@code body} in a new thread of {@code kind}, interrupts it while it blocks, and says how it ended. */
    static String interrupted(boolean virtual, final Blocking body) throws InterruptedException {
        final String[] outcome = new String[1];
        Runnable task = new Runnable() {
            @Override
            public void run() {
                String r;
                try {
                    r = "returned " + body.run();
                } catch (Exception e) {
                    r = e.toString();
                }
                outcome[0] = r + ", status " + Thread.currentThread().isInterrupted();
            }
        };
        Thread t = virtual
                ? Thread.ofVirtual().unstarted(task)
                : Thread.ofPlatform().unstarted(task);
        t.start();
        Thread.sleep(200);
        t.interrupt();
        t.join(20_000);
        return t.isAlive() ? "still blocked" : outcome[0];
    }

    /** Runs {@code body} in a new thread whose interrupt status is set first. */
    static String preInterrupted(boolean virtual, final Blocking body) throws InterruptedException {
        final String[] outcome = new String[1];
        Runnable task = new Runnable() {
            @Override
            public void run() {
                Thread.currentThread().interrupt();
                String r;
                try {
                    r = "returned " + body.run();
                } catch (Exception e) {
                    r = e.toString();
                }
                outcome[0] = r + ", status " + Thread.currentThread().isInterrupted();
            }
        };
        Thread t = virtual
                ? Thread.ofVirtual().unstarted(task)
                : Thread.ofPlatform().unstarted(task);
        t.start();
        t.join();
        return outcome[0];
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress(loopback, port));
        InetSocketAddress address = new InetSocketAddress(loopback, port);
        for (int round = 0; round < 2; round++) {
            boolean virtual = round == 1;
            String kind = virtual ? "virtual: " : "platform: ";
            int ports = port + 1 + 4 * round;

            final SocketChannel reader = SocketChannel.open(address);
            SocketChannel readerPeer = server.accept();
            System.out.println(kind + "read: "
                    + interrupted(virtual, new Blocking() {
                        public String run() throws Exception {
                            return "" + reader.read(ByteBuffer.allocate(16));
                        }
                    })
                    + ", open " + reader.isOpen());

            final SocketChannel writer = SocketChannel.open(address);
            SocketChannel writerPeer = server.accept();
            System.out.println(kind + "write to a full connection: "
                    + interrupted(virtual, new Blocking() {
                        public String run() throws Exception {
                            ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
                            while (true) {
                                chunk.clear();
                                writer.write(chunk);
                            }
                        }
                    })
                    + ", open " + writer.isOpen());

            final ServerSocketChannel acceptor =
                    ServerSocketChannel.open().bind(new InetSocketAddress(loopback, ports + 0));
            System.out.println(kind + "accept: "
                    + interrupted(virtual, new Blocking() {
                        public String run() throws Exception {
                            return "" + acceptor.accept();
                        }
                    })
                    + ", open " + acceptor.isOpen());

            final ServerSocketChannel adapted =
                    ServerSocketChannel.open().bind(new InetSocketAddress(loopback, ports + 1));
            System.out.println(kind + "accept through the adaptor: "
                    + interrupted(virtual, new Blocking() {
                        public String run() throws Exception {
                            ServerSocket s = adapted.socket();
                            return "" + s.accept();
                        }
                    })
                    + ", open " + adapted.isOpen());

            final ServerSocketChannel timed =
                    ServerSocketChannel.open().bind(new InetSocketAddress(loopback, ports + 2));
            System.out.println(kind + "timed accept through the adaptor: "
                    + interrupted(virtual, new Blocking() {
                        public String run() throws Exception {
                            ServerSocket s = timed.socket();
                            s.setSoTimeout(60_000);
                            return "" + s.accept();
                        }
                    })
                    + ", open " + timed.isOpen());

            final SocketChannel streamed = SocketChannel.open(address);
            SocketChannel streamedPeer = server.accept();
            System.out.println(kind + "read through the adaptor's stream: "
                    + interrupted(virtual, new Blocking() {
                        public String run() throws Exception {
                            InputStream in = streamed.socket().getInputStream();
                            return "" + in.read();
                        }
                    })
                    + ", open " + streamed.isOpen());

            final DatagramChannel datagrams = DatagramChannel.open().bind(new InetSocketAddress(loopback, ports + 3));
            System.out.println(kind + "datagram receive: "
                    + interrupted(virtual, new Blocking() {
                        public String run() throws Exception {
                            return "" + datagrams.receive(ByteBuffer.allocate(16));
                        }
                    })
                    + ", open " + datagrams.isOpen());

            final SocketChannel ready = SocketChannel.open(address);
            SocketChannel readyPeer = server.accept();
            readyPeer.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            Thread.sleep(100);
            System.out.println(kind + "read with the status set and bytes waiting: "
                    + preInterrupted(virtual, new Blocking() {
                        public String run() throws Exception {
                            return "" + ready.read(ByteBuffer.allocate(16));
                        }
                    })
                    + ", open " + ready.isOpen());

            final SocketChannel connecting = SocketChannel.open();
            System.out.println(kind + "connect with the status set: "
                    + preInterrupted(virtual, new Blocking() {
                        public String run() throws Exception {
                            return "" + connecting.connect(address);
                        }
                    })
                    + ", open " + connecting.isOpen());
            server.configureBlocking(false);
            SocketChannel stray = server.accept();
            server.configureBlocking(true);
            if (stray != null) {
                stray.close(); // the JVM may have completed the handshake before the channel closed
            }

            final SocketChannel nonBlocking = SocketChannel.open(address);
            SocketChannel nonBlockingPeer = server.accept();
            nonBlocking.configureBlocking(false);
            System.out.println(kind + "non-blocking read with the status set: "
                    + preInterrupted(virtual, new Blocking() {
                        public String run() throws Exception {
                            return "" + nonBlocking.read(ByteBuffer.allocate(16));
                        }
                    })
                    + ", open " + nonBlocking.isOpen());

            for (java.io.Closeable c : new java.io.Closeable[] {
                reader,
                readerPeer,
                writer,
                writerPeer,
                acceptor,
                adapted,
                timed,
                streamed,
                streamedPeer,
                datagrams,
                ready,
                readyPeer,
                connecting,
                nonBlocking,
                nonBlockingPeer
            }) {
                c.close();
            }
        }
        server.close();
    }
}
