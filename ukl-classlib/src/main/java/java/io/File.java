package java.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * A path name with the JDK's Unix rules: normalised on construction (repeated slashes collapse, a
 * trailing slash goes), resolved against {@code user.dir} ({@code "/"} in an image) when made
 * absolute. ukl images have no file system, so every query answers as the JDK does for a path
 * that does not exist: {@link #exists}, {@link #isFile} and {@link #isDirectory} are false,
 * {@link #length} and {@link #lastModified} are 0, {@link #list} is null, and {@link #delete},
 * {@link #mkdir} and {@link #renameTo} do nothing and return false. What would have to create a
 * file ({@link #createNewFile}, {@link #createTempFile}) throws an IOException saying so.
 */
public class File implements Serializable, Comparable<File> {
    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private final String path;

    public File(String pathname) {
        if (pathname == null) {
            throw new NullPointerException();
        }
        this.path = normalize(pathname);
    }

    public File(String parent, String child) {
        if (child == null) {
            throw new NullPointerException();
        }
        if (parent == null) {
            this.path = normalize(child);
        } else {
            this.path = resolve(parent.isEmpty() ? "/" : normalize(parent), normalize(child));
        }
    }

    public File(File parent, String child) {
        if (child == null) {
            throw new NullPointerException();
        }
        if (parent == null) {
            this.path = normalize(child);
        } else {
            this.path = resolve(parent.path.isEmpty() ? "/" : parent.path, normalize(child));
        }
    }

    public File(URI uri) {
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("URI is not absolute");
        }
        if (uri.isOpaque()) {
            throw new IllegalArgumentException("URI is not hierarchical");
        }
        if (!"file".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("URI scheme is not \"file\"");
        }
        if (uri.getRawAuthority() != null) {
            throw new IllegalArgumentException("URI has an authority component");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("URI has a fragment component");
        }
        if (uri.getRawQuery() != null) {
            throw new IllegalArgumentException("URI has a query component");
        }
        String p = uri.getPath();
        if (p.isEmpty()) {
            throw new IllegalArgumentException("URI path component is empty");
        }
        this.path = normalize(p);
    }

    /** Collapses runs of '/' and drops a trailing one, keeping a lone "/". */
    private static String normalize(String p) {
        StringBuilder b = new StringBuilder(p.length());
        char previous = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '/' && previous == '/') {
                continue;
            }
            b.append(c);
            previous = c;
        }
        if (b.length() > 1 && b.charAt(b.length() - 1) == '/') {
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }

    private static String resolve(String parent, String child) {
        if (child.isEmpty()) {
            return parent;
        }
        if (child.charAt(0) == '/') {
            return parent.equals("/") ? child : parent + child;
        }
        return parent.equals("/") ? parent + child : parent + "/" + child;
    }

    public String getName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public String getParent() {
        int index = path.lastIndexOf('/');
        int prefix = path.startsWith("/") ? 1 : 0;
        if (index < prefix) {
            return prefix > 0 && path.length() > prefix ? path.substring(0, prefix) : null;
        }
        return path.substring(0, index);
    }

    public File getParentFile() {
        String p = getParent();
        return p == null ? null : new File(p);
    }

    public String getPath() {
        return path;
    }

    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    public String getAbsolutePath() {
        return isAbsolute() ? path : resolve(System.getProperty("user.dir"), path);
    }

    public File getAbsoluteFile() {
        return new File(getAbsolutePath());
    }

    /** The absolute path with "." and ".." taken out; there are no links to follow in an image. */
    public String getCanonicalPath() throws IOException {
        List<String> names = new ArrayList<>();
        for (String name : getAbsolutePath().split("/")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!names.isEmpty()) {
                    names.remove(names.size() - 1);
                }
            } else {
                names.add(name);
            }
        }
        return "/" + String.join("/", names);
    }

    public File getCanonicalFile() throws IOException {
        return new File(getCanonicalPath());
    }

    public URI toURI() {
        try {
            String p = getAbsolutePath();
            return new URI("file", null, p.startsWith("//") ? "//" + p : p, null);
        } catch (URISyntaxException e) {
            throw new Error(e);
        }
    }

    public boolean exists() {
        return false;
    }

    public boolean isFile() {
        return false;
    }

    public boolean isDirectory() {
        return false;
    }

    public boolean isHidden() {
        return getName().startsWith(".");
    }

    public boolean canRead() {
        return false;
    }

    public boolean canWrite() {
        return false;
    }

    public boolean canExecute() {
        return false;
    }

    public long length() {
        return 0L;
    }

    public long lastModified() {
        return 0L;
    }

    public boolean setLastModified(long time) {
        if (time < 0) {
            throw new IllegalArgumentException("Negative time");
        }
        return false;
    }

    public boolean setReadOnly() {
        return false;
    }

    public boolean delete() {
        return false;
    }

    /** Nothing to delete at exit: no file can have been created. */
    public void deleteOnExit() {}

    public boolean mkdir() {
        return false;
    }

    public boolean mkdirs() {
        return false;
    }

    public boolean renameTo(File dest) {
        if (dest == null) {
            throw new NullPointerException();
        }
        return false;
    }

    public boolean createNewFile() throws IOException {
        throw noFileSystem(path);
    }

    public static File createTempFile(String prefix, String suffix, File directory) throws IOException {
        if (prefix.length() < 3) {
            throw new IllegalArgumentException("Prefix string \"" + prefix + "\" too short: length must be at least 3");
        }
        throw noFileSystem(directory == null ? System.getProperty("java.io.tmpdir") : directory.path);
    }

    public static File createTempFile(String prefix, String suffix) throws IOException {
        return createTempFile(prefix, suffix, null);
    }

    private static IOException noFileSystem(String where) {
        return new IOException("No such file or directory: " + where + " (ukl images have no file system)");
    }

    /** Null, as the JDK answers for a path that is not a directory. */
    public String[] list() {
        return null;
    }

    public String[] list(FilenameFilter filter) {
        return null;
    }

    public File[] listFiles() {
        return null;
    }

    public File[] listFiles(FilenameFilter filter) {
        return null;
    }

    public File[] listFiles(FileFilter filter) {
        return null;
    }

    @Override
    public int compareTo(File pathname) {
        return path.compareTo(pathname.path);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof File f && compareTo(f) == 0;
    }

    @Override
    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    @Override
    public String toString() {
        return path;
    }
}
