package corpus;

/**
 * Real stack traces printed with printStackTrace (to standard error): a cause chain with
 * "... n more", suppressed exceptions from try-with-resources, and a wrapped checked exception.
 */
public final class StackTraceCauses {
    private StackTraceCauses() {}

    static final class ConfigException extends Exception {
        ConfigException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final class Connection implements AutoCloseable {
        @Override
        public void close() {
            throw new IllegalStateException("connection already closed");
        }
    }

    /** Parses here rather than with Integer.parseInt: the JDK's own frames would show its line numbers. */
    static int parsePort(String text) {
        int port = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a digit '" + c + "' in \"" + text + "\"");
            }
            port = port * 10 + (c - '0');
        }
        return port;
    }

    static int loadPort(String text) throws ConfigException {
        try {
            return parsePort(text);
        } catch (NumberFormatException e) {
            throw new ConfigException("bad port '" + text + "'", e);
        }
    }

    static void connect() {
        try (Connection c = new Connection()) {
            throw new UnsupportedOperationException("no network in this test");
        }
    }

    static void wrapAndRethrow() {
        try {
            loadPort("80x");
        } catch (ConfigException e) {
            throw new RuntimeException("startup failed", e);
        }
    }

    public static void main(String[] args) {
        try {
            System.out.println("port " + loadPort("8080"));
            loadPort("eighty");
        } catch (ConfigException e) {
            System.out.println("caught " + e.getMessage() + " caused by "
                    + e.getCause().getClass().getName());
            e.printStackTrace();
        }
        try {
            connect();
        } catch (UnsupportedOperationException e) {
            System.out.println("caught " + e.getMessage() + " with " + e.getSuppressed().length + " suppressed");
            e.printStackTrace();
        }
        try {
            wrapAndRethrow();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            System.out.println("root cause: " + root);
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("thrown in " + top.getMethodName() + " at line " + top.getLineNumber());
            e.printStackTrace();
        }
        System.err.println("done");
    }
}
