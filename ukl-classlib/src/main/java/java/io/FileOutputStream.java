package java.io;

/**
 * Writing a file: ukl images have no file system, so opening fails with a FileNotFoundException
 * in the JDK's form, {@code "<path> (Read-only file system ...)"}; no instance ever exists.
 */
public class FileOutputStream extends OutputStream {
    public FileOutputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null, false);
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        this(name != null ? new File(name) : null, append);
    }

    public FileOutputStream(File file) throws FileNotFoundException {
        this(file, false);
    }

    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        throw new FileNotFoundException(file.getPath() + " (Read-only file system: ukl images have no file system)");
    }

    /** Unreachable: no stream can be opened. */
    @Override
    public void write(int b) throws IOException {
        throw new IOException("Stream Closed");
    }
}
