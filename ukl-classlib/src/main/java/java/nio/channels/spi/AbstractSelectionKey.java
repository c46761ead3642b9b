package java.nio.channels.spi;

import java.nio.channels.SelectionKey;

/** A key valid until cancelled; cancelling hands it to its selector's cancelled-key set. */
public abstract class AbstractSelectionKey extends SelectionKey {
    private boolean valid = true;

    protected AbstractSelectionKey() {}

    @Override
    public final boolean isValid() {
        return valid;
    }

    @Override
    public final void cancel() {
        if (valid) {
            valid = false;
            ((AbstractSelector) selector()).cancel(this);
        }
    }
}
