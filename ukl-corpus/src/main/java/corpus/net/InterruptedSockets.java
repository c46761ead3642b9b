package corpus.net;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Thread.interrupt of a thread blocked in java.net sockets over 127.0.0.1, as the JDK 25 does it:
 * on a virtual thread the socket closes and the call throws SocketException("Closed by interrupt");
 * on a platform thread the call goes on waiting (the interrupt status set) until what it waits for
 * comes. Interrupts come after a pause; a virtual thread whose status is set before a call that
 * would wait fails the same way, so the output does not depend on timing.
 */
public final class InterruptedSockets {
    private InterruptedSockets() {}

    interface Blocking {
        String run() throws Exception;
    }

    interface Release {
        void run() throws Exception;
    }

    /**
     * Runs {@code body} in a new thread, interrupts it while it blocks, and says how it ended; if it
     * still blocks a while after the interrupt, {@code release} gives it what it waits for.
     */
    static String interrupted(boolean virtual, final Blocking body, Release release) throws Exception {
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
        t.join(500);
        String still = t.isAlive() ? "still blocked after the interrupt, then " : "";
        if (t.isAlive()) {
            release.run();
        }
        t.join(20_000);
        return still + (t.isAlive() ? "still blocked" : outcome[0]);
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        final InetAddress loopback = InetAddress.getLoopbackAddress();
        for (int round = 0; round < 2; round++) {
            boolean virtual = round == 1;
            String kind = virtual ? "virtual: " : "platform: ";
            final int base = port + 4 * round;
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(loopback, base));

            final Socket reader = new Socket(loopback, base);
            final Socket readerPeer = server.accept();
            System.out.println(kind + "read: "
                    + interrupted(
                            virtual,
                            new Blocking() {
                                public String run() throws Exception {
                                    InputStream in = reader.getInputStream();
                                    return "" + in.read();
                                }
                            },
                            new Release() {
                                public void run() throws Exception {
                                    readerPeer.getOutputStream().write(42);
                                }
                            })
                    + ", closed " + reader.isClosed());

            final Socket timedReader = new Socket(loopback, base);
            final Socket timedPeer = server.accept();
            timedReader.setSoTimeout(60_000);
            System.out.println(kind + "read with a timeout: "
                    + interrupted(
                            virtual,
                            new Blocking() {
                                public String run() throws Exception {
                                    return "" + timedReader.getInputStream().read();
                                }
                            },
                            new Release() {
                                public void run() throws Exception {
                                    timedPeer.getOutputStream().write(43);
                                }
                            })
                    + ", closed " + timedReader.isClosed());

            final ServerSocket acceptor = new ServerSocket();
            acceptor.bind(new InetSocketAddress(loopback, base + 1));
            final Socket[] client = new Socket[1];
            System.out.println(kind + "accept: "
                    + interrupted(
                            virtual,
                            new Blocking() {
                                public String run() throws Exception {
                                    Socket s = acceptor.accept();
                                    s.close();
                                    return "a connection";
                                }
                            },
                            new Release() {
                                public void run() throws Exception {
                                    client[0] = new Socket(loopback, base + 1);
                                }
                            })
                    + ", closed " + acceptor.isClosed());

            final DatagramSocket datagrams = new DatagramSocket(new InetSocketAddress(loopback, base + 2));
            System.out.println(kind + "datagram receive: "
                    + interrupted(
                            virtual,
                            new Blocking() {
                                public String run() throws Exception {
                                    DatagramPacket p = new DatagramPacket(new byte[16], 16);
                                    datagrams.receive(p);
                                    return p.getLength() + " bytes";
                                }
                            },
                            new Release() {
                                public void run() throws Exception {
                                    try (DatagramSocket sender = new DatagramSocket()) {
                                        sender.send(new DatagramPacket(
                                                new byte[5], 5, new InetSocketAddress(loopback, base + 2)));
                                    }
                                }
                            })
                    + ", closed " + datagrams.isClosed());

            if (virtual) {
                final Socket writer = new Socket(loopback, base);
                Socket writerPeer = server.accept();
                System.out.println(kind + "write to a full connection: "
                        + interrupted(
                                virtual,
                                new Blocking() {
                                    public String run() throws Exception {
                                        OutputStream out = writer.getOutputStream();
                                        byte[] chunk = new byte[1 << 16];
                                        while (true) {
                                            out.write(chunk);
                                        }
                                    }
                                },
                                null)
                        + ", closed " + writer.isClosed());
                writerPeer.close();
            }

            final Socket waiting = new Socket(loopback, base);
            Socket waitingPeer = server.accept();
            waitingPeer.getOutputStream().write(new byte[] {7, 8});
            Thread.sleep(100);
            final String[] outcome = new String[1];
            Runnable preInterrupted = new Runnable() {
                @Override
                public void run() {
                    Thread.currentThread().interrupt();
                    StringBuilder r = new StringBuilder();
                    try {
                        InputStream in = waiting.getInputStream();
                        r.append("read ").append(in.read()).append(" and ").append(in.read());
                        if (Thread.currentThread().isVirtual()) {
                            int third = in.read();
                            r.append(", then ").append(third);
                        }
                    } catch (Exception e) {
                        r.append(", then ").append(e);
                    }
                    outcome[0] = r + ", status " + Thread.currentThread().isInterrupted();
                }
            };
            Thread t = virtual
                    ? Thread.ofVirtual().start(preInterrupted)
                    : Thread.ofPlatform().start(preInterrupted);
            t.join();
            System.out.println(kind + "reads with the status set: " + outcome[0] + ", closed " + waiting.isClosed());

            for (java.io.Closeable c : new java.io.Closeable[] {
                reader, readerPeer, timedReader, timedPeer, acceptor, datagrams, waiting, waitingPeer, server
            }) {
                c.close();
            }
            if (client[0] != null) {
                client[0].close();
            }
        }
    }
}
