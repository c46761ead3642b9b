package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same sequence of registrations, interest changes, attachments, cancellations and closes on
 * the JDK's selector and on the class library's; every outcome (value or exception class) must agree.
 */
class SelectionKeysTest {
    private static final Shadow SHADOW = NetSocketsTest.SHADOW;

    /** Calls a public method through the public class {@code api} declares it in (or inherits it to). */
    private static Object call(Class<?> api, Object target, String name, Object... args) throws Throwable {
        for (Class<?> k = api; k != null; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (m.getName().equals(name)
                        && m.getParameterCount() == args.length
                        && java.lang.reflect.Modifier.isPublic(m.getModifiers())) {
                    try {
                        m.setAccessible(true);
                        return m.invoke(target, args);
                    } catch (IllegalArgumentException e) {
                        continue; // another overload with as many parameters
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        }
        throw new NoSuchMethodException(api.getName() + "." + name);
    }

    private static List<String> run(Class<?> selectorApi, Class<?> serverApi, Class<?> keyApi, Object address)
            throws Throwable {
        List<String> log = new ArrayList<>();
        Object selector = call(selectorApi, null, "open");
        Object server = call(serverApi, null, "open");
        call(serverApi, server, "bind", address);
        log.add("blocking register: " + outcome(() -> call(serverApi, server, "register", selector, 16, "a")));
        call(serverApi, server, "configureBlocking", false);
        log.add("bad ops: " + outcome(() -> call(serverApi, server, "register", selector, 1, "a")));
        Object key = call(serverApi, server, "register", selector, 16, "a");
        for (String step : new String[] {"interestOps", "readyOps", "attachment", "isValid", "isAcceptable"}) {
            log.add(step + ": " + outcome(() -> call(keyApi, key, step)));
        }
        log.add("registered: " + call(serverApi, server, "isRegistered") + " keyFor: "
                + (call(serverApi, server, "keyFor", selector) == key));
        log.add("or: " + call(keyApi, key, "interestOpsOr", 0) + " and: " + call(keyApi, key, "interestOpsAnd", 0)
                + " now: " + call(keyApi, key, "interestOps"));
        log.add("invalid interest: " + outcome(() -> call(keyApi, key, "interestOps", 4)));
        Object again = call(serverApi, server, "register", selector, 16, "b");
        log.add("again same key: " + (again == key) + " attachment " + call(keyApi, key, "attachment")
                + " attach returns " + call(keyApi, key, "attach", "c"));
        log.add("selectNow: " + call(selectorApi, selector, "selectNow"));
        call(keyApi, key, "cancel");
        call(keyApi, key, "cancel");
        log.add("cancelled valid: " + call(keyApi, key, "isValid"));
        log.add("cancelled interestOps: " + outcome(() -> call(keyApi, key, "interestOps")));
        log.add("cancelled readyOps: " + outcome(() -> call(keyApi, key, "readyOps")));
        log.add("cancelled attachment: " + call(keyApi, key, "attachment"));
        log.add("register before deregistration: "
                + outcome(() -> call(serverApi, server, "register", selector, 16, null)));
        log.add("keys before select: " + ((Collection<?>) call(selectorApi, selector, "keys")).size());
        call(selectorApi, selector, "selectNow");
        log.add("keys after select: " + ((Collection<?>) call(selectorApi, selector, "keys")).size()
                + " registered: " + call(serverApi, server, "isRegistered") + " keyFor: "
                + call(serverApi, server, "keyFor", selector));
        Object second = call(serverApi, server, "register", selector, 16, null);
        log.add("new key: " + (second != key) + " blocking again: "
                + outcome(() -> call(serverApi, server, "configureBlocking", true)));
        call(selectorApi, selector, "close");
        log.add("after close valid: " + call(keyApi, second, "isValid") + " channel open: "
                + call(serverApi, server, "isOpen") + " keys: " + outcome(() -> call(selectorApi, selector, "keys"))
                + " selectNow: " + outcome(() -> call(selectorApi, selector, "selectNow")));
        call(serverApi, server, "configureBlocking", true);
        call(serverApi, server, "close");
        log.add("closed channel register: " + outcome(() -> call(serverApi, server, "register", selector, 16, null)));
        return log;
    }

    private interface Step {
        Object run() throws Throwable;
    }

    private static String outcome(Step step) {
        try {
            return String.valueOf(step.run());
        } catch (Throwable t) {
            return t.getClass().getSimpleName();
        }
    }

    @Test
    void keysBehaveAsTheJdks() throws Throwable {
        InetSocketAddress jdkAddress = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        List<String> jdk = run(Selector.class, ServerSocketChannel.class, SelectionKey.class, jdkAddress);
        Object ourAddress = Shadow.construct(
                SHADOW.type("java/net/InetSocketAddress"),
                Shadow.invoke(SHADOW.type("java/net/InetAddress"), "getLoopbackAddress"),
                0);
        List<String> ours = run(
                SHADOW.type("java/nio/channels/Selector"),
                SHADOW.type("java/nio/channels/ServerSocketChannel"),
                SHADOW.type("java/nio/channels/SelectionKey"),
                ourAddress);
        assertEquals(String.join("\n", jdk), String.join("\n", ours));
    }
}
