package ukl.bench.net;

import java.io.IOException;

/** The test network cannot be set up; the message says what is missing and how to fix it. */
public final class NetworkSetupException extends IOException {
    private static final long serialVersionUID = 1L;

    NetworkSetupException(String message) {
        super(message);
    }
}
