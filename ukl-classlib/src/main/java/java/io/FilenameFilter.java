package java.io;

/** Chooses names for {@link File#list(FilenameFilter)}. */
public interface FilenameFilter {
    boolean accept(File dir, String name);
}
