package corpus;

import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/** A selector with nothing registered: selectNow, wakeup before select, close. No network needed. */
public final class SelectorWithoutChannels {
    private SelectorWithoutChannels() {}

    public static void main(String[] args) throws Exception {
        Selector selector = Selector.open();
        System.out.println(
                "open " + selector.isOpen() + " keys " + selector.keys().size() + " selected "
                        + selector.selectedKeys().size());
        System.out.println("selectNow " + selector.selectNow());
        selector.wakeup();
        System.out.println("select after wakeup " + selector.select(60_000));
        selector.wakeup();
        System.out.println("select() after wakeup " + selector.select());
        System.out.println("select(1) " + selector.select(1));
        System.out.println("ops " + SelectionKey.OP_READ + " " + SelectionKey.OP_WRITE + " " + SelectionKey.OP_CONNECT
                + " " + SelectionKey.OP_ACCEPT);
        try {
            selector.select(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        selector.close();
        selector.close();
        System.out.println("open " + selector.isOpen());
        try {
            selector.selectNow();
        } catch (ClosedSelectorException e) {
            System.out.println("ClosedSelectorException");
        }
    }
}
