package kv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * One connection: its input buffer, the requests parsed out of it, and its pending replies.
 * Requests are run in order as they complete, so a pipeline of any depth works. Memory per
 * connection stays bounded: while {@link #OUTPUT_HIGH} bytes of replies wait for a client that does
 * not read, no more of its requests are read or run (TCP flow control holds the rest), and the
 * input buffer grows past its initial size only to hold one large request, up to the query buffer
 * limit, beyond which the connection is closed, as Redis closes it at
 * {@code client-query-buffer-limit}.
 */
final class Client {
    static final int INPUT_INITIAL = 16 * 1024;
    static final int OUTPUT_HIGH = 64 * 1024;

    private final SocketChannel channel;
    private final Server server;
    private final RequestParser parser = new RequestParser();
    private final Args args = new Args();
    private final Reply reply = new Reply();
    private final long id;
    private byte[] in = new byte[INPUT_INITIAL];
    private ByteBuffer inView = ByteBuffer.wrap(in);
    private int start;
    private int end;
    private boolean closing;
    private String name;
    private SelectionKey key;
    /** The last parse stopped at an incomplete request: nothing more to run until more bytes arrive. */
    private boolean stalled;

    Client(SocketChannel channel, Server server, long id) {
        this.channel = channel;
        this.server = server;
        this.id = id;
    }

    void key(SelectionKey key) {
        this.key = key;
    }

    Reply reply() {
        return reply;
    }

    Keyspace db() {
        return server.db();
    }

    Server server() {
        return server;
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    void name(String name) {
        this.name = name;
    }

    void countCommand() {
        server.countCommand();
    }

    /** QUIT: the replies so far go out, then the connection closes. */
    void closeAfterReply() {
        closing = true;
    }

    /** Reads what has arrived, runs the complete requests, sends replies; false when the connection is done. */
    boolean onReadable() throws IOException {
        inView.limit(in.length).position(end);
        int n = channel.read(inView);
        if (n < 0) {
            return false;
        }
        end += n;
        return run();
    }

    boolean onWritable() throws IOException {
        return run();
    }

    private boolean run() throws IOException {
        for (; ; ) {
            if (!process()) {
                return false;
            }
            if (!reply.flush(channel)) {
                break; // the socket is full: wait until it can take more
            }
            if (closing) {
                return false;
            }
            if (!hasCompleteInput()) {
                break;
            }
        }
        int pending = reply.pending();
        key.interestOps(
                pending == 0
                        ? SelectionKey.OP_READ
                        : pending < OUTPUT_HIGH ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_WRITE);
        return true;
    }

    private boolean hasCompleteInput() {
        return start < end && !stalled;
    }

    /** Runs requests while they are complete and the replies waiting are few; false to drop the connection. */
    private boolean process() {
        stalled = false;
        while (start < end && !closing && reply.pending() < OUTPUT_HIGH) {
            int next = parser.parse(in, start, end, args);
            if (next == RequestParser.NEED_MORE) {
                stalled = true;
                return makeRoom(parser.needed());
            }
            if (next == RequestParser.ERROR) {
                reply.error(parser.error());
                closing = true; // Redis: CLIENT_CLOSE_AFTER_REPLY, the rest of the input is dropped
                start = end = 0;
                return true;
            }
            start = next;
            if (args.count() > 0) {
                try {
                    server.commands().execute(this, args);
                } catch (RuntimeException e) {
                    // a fault in one command must not take the server down
                    reply.error("ERR internal error: " + e);
                }
            }
        }
        if (start == end) {
            start = end = 0;
            if (in.length > INPUT_INITIAL) {
                in = new byte[INPUT_INITIAL];
                inView = ByteBuffer.wrap(in);
            }
        }
        return true;
    }

    /** Makes room to read the rest of an incomplete request; false when it exceeds the query buffer limit. */
    private boolean makeRoom(long needed) {
        long want = Math.max(needed, end - start + 1L);
        if (want > server.queryBufferLimit()) {
            return false;
        }
        if (start > 0 && (end == in.length || want > in.length - start)) {
            System.arraycopy(in, start, in, 0, end - start);
            end -= start;
            start = 0;
        }
        if (want > in.length) {
            in = Arrays.copyOf(in, (int) Math.min(Math.max(want, in.length * 2L), server.queryBufferLimit()));
            inView = ByteBuffer.wrap(in);
        } else if (end == in.length) {
            in = Arrays.copyOf(in, (int) Math.min(in.length * 2L, server.queryBufferLimit()));
            inView = ByteBuffer.wrap(in);
        }
        return true;
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to tell a client that is gone
        }
    }
}
