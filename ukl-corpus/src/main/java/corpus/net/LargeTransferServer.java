package corpus.net;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Large transfers both ways through buffered data streams: the client sends a length and that many
 * bytes; the server answers with their checksum and then the same number of bytes of its own.
 */
public final class LargeTransferServer {
    private LargeTransferServer() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        try (ServerSocket server = new ServerSocket(port)) {
            System.out.println("listening on " + port);
            try (Socket s = server.accept();
                    DataInputStream in = new DataInputStream(new BufferedInputStream(s.getInputStream()));
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(s.getOutputStream()))) {
                int length = in.readInt();
                byte[] data = new byte[length];
                in.readFully(data);
                long checksum = 0;
                for (byte b : data) {
                    checksum = checksum * 31 + (b & 0xff);
                }
                out.writeLong(checksum);
                for (int i = 0; i < length; i++) {
                    out.write((i * 7 + 3) & 0xff);
                }
                out.flush();
                System.out.println("received " + length + " bytes, checksum " + checksum + "; sent as many");
            }
        }
    }
}
