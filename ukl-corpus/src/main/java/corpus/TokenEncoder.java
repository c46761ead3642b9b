package corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Encodes and checks API tokens the way service code does: session ids as UUIDs (parsed, derived
 * from names, sorted), payloads in Base64 (basic, URL-safe without padding, MIME lines), digests
 * and keys in hexadecimal, and rejects malformed input with the library's own messages.
 */
public final class TokenEncoder {
    private TokenEncoder() {}

    public static void main(String[] args) {
        List<UUID> sessions = new ArrayList<>();
        for (String s : new String[] {
            "123e4567-e89b-12d3-a456-426614174000",
            "00000000-0000-0000-0000-000000000000",
            "FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF",
            "7-1-2-3-4",
            "f81d4fae-7dec-11d0-a765-00a0c91e6bf6"
        }) {
            UUID u = UUID.fromString(s);
            sessions.add(u);
            System.out.println(u + " v" + u.version() + " variant " + u.variant() + " hash " + u.hashCode());
        }
        UUID time = sessions.get(4);
        System.out.println("time-based: " + time.timestamp() + " seq " + time.clockSequence() + " node "
                + Long.toHexString(time.node()));
        for (String name : new String[] {"alice", "bob", ""}) {
            UUID u = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
            sessions.add(u);
            System.out.println("name " + name + " -> " + u + " v" + u.version());
        }
        Collections.sort(sessions);
        System.out.println("sorted " + sessions);
        UUID random = UUID.randomUUID();
        System.out.println("random v" + random.version() + " variant " + random.variant() + " length "
                + random.toString().length() + " parses "
                + UUID.fromString(random.toString()).equals(random));
        for (String bad :
                new String[] {"not-a-uuid", "1-2-3-4-5-6", "zz-1-1-1-1", "123e4567-e89b-12d3-a456-4266141740001"}) {
            try {
                UUID.fromString(bad);
            } catch (IllegalArgumentException e) {
                System.out.println("rejected " + bad + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }

        byte[] payload = "{\"user\":\"ada\",\"roles\":[\"admin\",\"ops\"],\"exp\":1735689600}?>~"
                .getBytes(StandardCharsets.UTF_8);
        String basic = Base64.getEncoder().encodeToString(payload);
        String url = Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
        System.out.println("basic " + basic);
        System.out.println("url   " + url);
        System.out.println(
                "same " + Arrays.equals(payload, Base64.getUrlDecoder().decode(url)) + " "
                        + new String(Base64.getDecoder().decode(basic), StandardCharsets.UTF_8));
        byte[] big = new byte[100];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 37 + 11);
        }
        String mime = Base64.getMimeEncoder().encodeToString(big);
        System.out.println("mime lines " + mime.split("\r\n").length + ":\n" + mime.replace("\r\n", "|\n"));
        System.out.println(
                "mime back " + Arrays.equals(big, Base64.getMimeDecoder().decode(mime)));
        System.out.println("short lines "
                + Base64.getMimeEncoder(10, new byte[] {'\n'})
                        .encodeToString(big)
                        .lines()
                        .count());
        for (String bad : new String[] {"abc", "ab=c", "a", "ab*d", "YWJj=", "YQ"}) {
            try {
                System.out.println("decoded " + bad + " -> "
                        + Arrays.toString(Base64.getDecoder().decode(bad)));
            } catch (IllegalArgumentException e) {
                System.out.println("bad base64 " + bad + ": " + e.getMessage());
            }
        }

        HexFormat hex = HexFormat.of();
        byte[] key = hex.parseHex("00ff7f80deadBEEF");
        System.out.println("key " + Arrays.toString(key) + " " + hex.formatHex(key));
        HexFormat mac = HexFormat.ofDelimiter(":").withUpperCase();
        System.out.println("mac " + mac.formatHex(new byte[] {0, 26, 43, 60, 77, 94}) + " " + mac);
        HexFormat array = HexFormat.ofDelimiter(", ").withPrefix("0x").withSuffix("");
        System.out.println("array {" + array.formatHex(key, 2, 6) + "}");
        System.out.println("digits " + hex.toHexDigits((byte) -2) + " " + hex.toHexDigits((short) 4660) + " "
                + hex.toHexDigits(-1) + " " + hex.withUpperCase().toHexDigits(0xCAFEBABEL) + " "
                + hex.toHexDigits(255L, 4));
        System.out.println(
                "from " + HexFormat.fromHexDigits("7fffffff") + " " + HexFormat.fromHexDigitsToLong("ffffffffff") + " "
                        + HexFormat.isHexDigit('g') + " " + HexFormat.fromHexDigit('C'));
        for (String bad : new String[] {"abc", "0g", "00:11"}) {
            try {
                hex.parseHex(bad);
            } catch (IllegalArgumentException e) {
                System.out.println("bad hex " + bad + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try {
            mac.parseHex("00:11-22");
        } catch (IllegalArgumentException e) {
            System.out.println("bad mac: " + e.getMessage());
        }
    }
}
