package corpus;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Identifiers and tokens as services make them: random (version 4) UUIDs for request ids, a
 * SecureRandom session token, and a name-based (version 3) UUID. Only what does not depend on the
 * draw is printed, so the output is the JVM's; with the argument {@code print} it prints one
 * random UUID, which a test compares across two runs.
 */
public final class RandomIds {
    private RandomIds() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("print")) {
            System.out.println(UUID.randomUUID());
            return;
        }
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            UUID id = UUID.randomUUID();
            if (id.version() != 4 || id.variant() != 2 || id.toString().length() != 36) {
                System.out.println("bad id " + id);
            }
            ids.add(id);
        }
        System.out.println("distinct request ids: " + ids.size());
        SecureRandom random = new SecureRandom();
        byte[] token = new byte[32];
        random.nextBytes(token);
        Set<Byte> values = new HashSet<>();
        for (byte b : token) {
            values.add(b);
        }
        System.out.println("token bytes vary: " + (values.size() > 8));
        int dice = 0;
        for (int i = 0; i < 1000; i++) {
            int d = random.nextInt(6) + 1;
            if (d < 1 || d > 6) {
                System.out.println("bad die " + d);
            }
            dice |= 1 << d;
        }
        System.out.println("every face rolled: " + (dice == 0b1111110));
        try {
            System.out.println("strong: " + SecureRandom.getInstanceStrong().nextInt(1));
        } catch (java.security.NoSuchAlgorithmException e) {
            System.out.println("no strong generator");
        }
        UUID named = UUID.nameUUIDFromBytes("orders/42".getBytes(StandardCharsets.UTF_8));
        System.out.println("named " + named + " version " + named.version());
    }
}
