package java.io;

/** A file could not be opened; in an image every file, since there is no file system. */
public class FileNotFoundException extends IOException {
    public FileNotFoundException() {
        super();
    }

    public FileNotFoundException(String message) {
        super(message);
    }
}
