package java.io;

/** Chooses files for {@link File#listFiles(FileFilter)}. */
public interface FileFilter {
    boolean accept(File pathname);
}
