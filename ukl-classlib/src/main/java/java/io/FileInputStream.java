package java.io;

/**
 * Reading a file: ukl images have no file system, so opening fails as the JDK fails for a file
 * that does not exist, with {@code "<path> (No such file or directory)"}; no instance ever exists.
 */
public class FileInputStream extends InputStream {
    public FileInputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null);
    }

    public FileInputStream(File file) throws FileNotFoundException {
        throw new FileNotFoundException(file.getPath() + " (No such file or directory)");
    }

    /** Unreachable: no stream can be opened. */
    @Override
    public int read() throws IOException {
        throw new IOException("Stream Closed");
    }
}
