package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Base64, HexFormat and UUID against the JDK's: round trips of random bytes, and random damage to
 * the text (every result, or the exception and its message, must be the JDK's).
 */
class CodecsTest {
    private static final Shadow SHADOW = new Shadow(
            "java/util/Base64",
            "java/util/HexFormat",
            "java/util/UUID",
            "java/util/Md5",
            "java/lang/Long",
            "java/lang/Integer",
            "java/lang/Short",
            "java/lang/Byte",
            "java/lang/Character",
            "java/lang/UnicodeProperties",
            "java/lang/UnicodeTables",
            "java/lang/Primitives");

    /** The value as text (arrays by content, buffers by their remaining bytes), or the exception. */
    static String outcome(Callable<?> call) {
        try {
            Object v = call.call();
            if (v instanceof byte[] b) {
                return Arrays.toString(b);
            }
            if (v instanceof ByteBuffer b) {
                byte[] rest = new byte[b.remaining()];
                b.duplicate().get(rest);
                return "buffer " + Arrays.toString(rest);
            }
            return String.valueOf(v);
        } catch (java.lang.reflect.InvocationTargetException e) {
            return e.getCause().getClass().getName() + ": " + e.getCause().getMessage();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static Method method(String cls, String name, Class<?>... types) throws Exception {
        Method m = SHADOW.loadClass("shadow." + cls).getMethod(name, types);
        m.setAccessible(true);
        return m;
    }

    private static byte[] randomBytes(SplittableRandom random, int max) {
        byte[] b = new byte[random.nextInt(max)];
        random.nextBytes(b);
        return b;
    }

    /** Damages text: a random character replaced, removed or inserted, or the end cut. */
    private static String damage(String s, SplittableRandom random) {
        String alphabet = "AZaz09+/-_=\r\n .~\u00e9\u20ac";
        StringBuilder b = new StringBuilder(s);
        for (int n = 1 + random.nextInt(2); n > 0; n--) {
            int at = b.isEmpty() ? 0 : random.nextInt(b.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(4)) {
                case 0 -> {
                    if (!b.isEmpty()) {
                        b.setCharAt(at, c);
                    }
                }
                case 1 -> {
                    if (!b.isEmpty()) {
                        b.deleteCharAt(at);
                    }
                }
                case 2 -> b.insert(at, c);
                default -> b.setLength(at);
            }
        }
        return b.toString();
    }

    @Test
    void base64MatchesTheJdk() throws Exception {
        SplittableRandom random = new SplittableRandom(21);
        String[] kinds = {"Basic", "Url", "Mime"};
        for (int run = 0; run < 3000; run++) {
            String kind = kinds[random.nextInt(3)];
            boolean pad = random.nextInt(4) != 0;
            Base64.Encoder je =
                    switch (kind) {
                        case "Basic" -> Base64.getEncoder();
                        case "Url" -> Base64.getUrlEncoder();
                        default -> Base64.getMimeEncoder();
                    };
            Object oe = method("Base64", "get" + kind.replace("Basic", "") + "Encoder")
                    .invoke(null);
            if (!pad) {
                je = je.withoutPadding();
                oe = oe.getClass().getMethod("withoutPadding").invoke(oe);
            }
            Base64.Decoder jd =
                    switch (kind) {
                        case "Basic" -> Base64.getDecoder();
                        case "Url" -> Base64.getUrlDecoder();
                        default -> Base64.getMimeDecoder();
                    };
            Object od = method("Base64", "get" + kind.replace("Basic", "") + "Decoder")
                    .invoke(null);
            byte[] data = randomBytes(random, random.nextInt(10) == 0 ? 200 : 20);
            String text = je.encodeToString(data);
            Object oText =
                    oe.getClass().getMethod("encodeToString", byte[].class).invoke(oe, data);
            assertEquals(text, oText, kind + " " + Arrays.toString(data));
            byte[] dst = new byte[random.nextInt(text.length() + 3)];
            byte[] odst = dst.clone();
            Base64.Encoder fje = je;
            Object foe = oe;
            assertEquals(
                    outcome(() -> fje.encode(data, dst) + Arrays.toString(dst)),
                    outcome(() -> foe.getClass()
                                    .getMethod("encode", byte[].class, byte[].class)
                                    .invoke(foe, data, odst)
                            + Arrays.toString(odst)),
                    "encode into " + dst.length);
            String input = random.nextInt(3) == 0 ? text : damage(text, random);
            assertEquals(
                    outcome(() -> jd.decode(input)),
                    outcome(() ->
                            od.getClass().getMethod("decode", String.class).invoke(od, input)),
                    kind + " decode " + input);
            byte[] raw = input.getBytes(StandardCharsets.ISO_8859_1);
            byte[] out = new byte[random.nextInt(raw.length + 2)];
            byte[] oout = out.clone();
            assertEquals(
                    outcome(() -> jd.decode(raw, out) + Arrays.toString(out)),
                    outcome(() -> od.getClass()
                                    .getMethod("decode", byte[].class, byte[].class)
                                    .invoke(od, raw, oout)
                            + Arrays.toString(oout)),
                    kind + " decode into " + input);
            ByteBuffer jb = ByteBuffer.wrap(raw);
            ByteBuffer ob = ByteBuffer.wrap(raw);
            assertEquals(
                    outcome(() -> jd.decode(jb)) + jb.position(),
                    outcome(() -> od.getClass()
                                    .getMethod("decode", ByteBuffer.class)
                                    .invoke(od, ob))
                            + ob.position(),
                    kind + " decode buffer " + input);
        }
        Method mime = method("Base64", "getMimeEncoder", int.class, byte[].class);
        for (int length : new int[] {-4, 0, 3, 4, 7, 8, 76}) {
            for (byte[] sep : new byte[][] {{'\r', '\n'}, {'#'}, {'a'}, {'-'}, {'='}}) {
                byte[] data = randomBytes(random, 60);
                assertEquals(
                        outcome(() -> Base64.getMimeEncoder(length, sep).encodeToString(data)),
                        outcome(() -> {
                            Object e = mime.invoke(null, length, sep);
                            return e.getClass()
                                    .getMethod("encodeToString", byte[].class)
                                    .invoke(e, data);
                        }),
                        length + " " + Arrays.toString(sep));
            }
        }
    }

    @Test
    void hexFormatMatchesTheJdk() throws Exception {
        SplittableRandom random = new SplittableRandom(22);
        String[] literals = {"", "", ":", ", ", "0x", "#", "\n", "h"};
        Method of = method("HexFormat", "of");
        for (int run = 0; run < 2000; run++) {
            HexFormat j = random.nextBoolean() ? HexFormat.of() : HexFormat.ofDelimiter(literals[random.nextInt(8)]);
            Object o = j.delimiter().isEmpty()
                    ? of.invoke(null)
                    : method("HexFormat", "ofDelimiter", String.class).invoke(null, j.delimiter());
            if (random.nextInt(3) == 0) {
                String p = literals[random.nextInt(8)];
                j = j.withPrefix(p);
                o = o.getClass().getMethod("withPrefix", String.class).invoke(o, p);
            }
            if (random.nextInt(3) == 0) {
                String s = literals[random.nextInt(8)];
                j = j.withSuffix(s);
                o = o.getClass().getMethod("withSuffix", String.class).invoke(o, s);
            }
            if (random.nextBoolean()) {
                j = j.withUpperCase();
                o = o.getClass().getMethod("withUpperCase").invoke(o);
            }
            assertEquals(j.toString(), o.toString());
            assertEquals(j.hashCode(), o.hashCode());
            byte[] data = randomBytes(random, 12);
            String text = j.formatHex(data);
            Object fo = o;
            HexFormat fj = j;
            assertEquals(text, o.getClass().getMethod("formatHex", byte[].class).invoke(o, data));
            String input = random.nextInt(3) == 0 ? text : damage(text, random).replace('Z', 'f');
            assertEquals(
                    outcome(() -> fj.parseHex(input)),
                    outcome(() -> fo.getClass()
                            .getMethod("parseHex", CharSequence.class)
                            .invoke(fo, input)),
                    j + " parse " + input);
            long v = random.nextLong();
            int digits = random.nextInt(19) - 1;
            assertEquals(
                    outcome(() -> fj.toHexDigits((byte) v)
                            + fj.toHexDigits((short) v)
                            + fj.toHexDigits((int) v)
                            + fj.toHexDigits(v)
                            + fj.toHexDigits((char) v)
                            + fj.toHexDigits(v, digits)),
                    outcome(() -> {
                        Class<?> c = fo.getClass();
                        return "" + c.getMethod("toHexDigits", byte.class).invoke(fo, (byte) v)
                                + c.getMethod("toHexDigits", short.class).invoke(fo, (short) v)
                                + c.getMethod("toHexDigits", int.class).invoke(fo, (int) v)
                                + c.getMethod("toHexDigits", long.class).invoke(fo, v)
                                + c.getMethod("toHexDigits", char.class).invoke(fo, (char) v)
                                + c.getMethod("toHexDigits", long.class, int.class)
                                        .invoke(fo, v, digits);
                    }));
            String digitsText = damage(Long.toHexString(v), random);
            assertEquals(
                    outcome(() ->
                            HexFormat.fromHexDigits(digitsText) + " " + HexFormat.fromHexDigitsToLong(digitsText)),
                    outcome(() -> method("HexFormat", "fromHexDigits", CharSequence.class)
                                    .invoke(null, digitsText)
                            + " "
                            + method("HexFormat", "fromHexDigitsToLong", CharSequence.class)
                                    .invoke(null, digitsText)),
                    digitsText);
        }
    }

    @Test
    void uuidMatchesTheJdk() throws Exception {
        SplittableRandom random = new SplittableRandom(23);
        Class<?> ours = SHADOW.loadClass("shadow.UUID");
        Method fromString = method("UUID", "fromString", String.class);
        Method nameBased = method("UUID", "nameUUIDFromBytes", byte[].class);
        Object previous = null;
        UUID previousJ = null;
        for (int run = 0; run < 3000; run++) {
            long msb = random.nextInt(4) == 0 ? random.nextInt(3) - 1 : random.nextLong();
            long lsb = random.nextLong();
            UUID j = new UUID(msb, lsb);
            Object o = ours.getConstructor(long.class, long.class).newInstance(msb, lsb);
            assertEquals(j.toString(), o.toString());
            assertEquals(j.hashCode(), o.hashCode());
            assertEquals(
                    j.version() + " " + j.variant(),
                    ours.getMethod("version").invoke(o) + " "
                            + ours.getMethod("variant").invoke(o));
            assertEquals(
                    outcome(() -> j.timestamp() + " " + j.clockSequence() + " " + j.node()),
                    outcome(() -> ours.getMethod("timestamp").invoke(o) + " "
                            + ours.getMethod("clockSequence").invoke(o) + " "
                            + ours.getMethod("node").invoke(o)));
            if (previous != null) {
                assertEquals(Integer.signum(j.compareTo(previousJ)), Integer.signum((Integer)
                        ours.getMethod("compareTo", ours).invoke(o, previous)));
            }
            previous = o;
            previousJ = j;
            String text =
                    switch (random.nextInt(4)) {
                        case 0 -> j.toString();
                        case 1 -> j.toString().toUpperCase();
                        case 2 -> "+1-2-" + Long.toHexString(msb) + "-ffff0-" + Long.toHexString(lsb);
                        default -> damage(j.toString(), random);
                    };
            assertEquals(outcome(() -> UUID.fromString(text)), outcome(() -> fromString.invoke(null, text)), text);
            byte[] name = randomBytes(random, random.nextInt(10) == 0 ? 300 : 70);
            assertEquals(
                    UUID.nameUUIDFromBytes(name).toString(),
                    nameBased.invoke(null, name).toString());
        }
        Object r = method("UUID", "randomUUID").invoke(null);
        UUID parsed = UUID.fromString(r.toString());
        assertEquals("4 2", parsed.version() + " " + parsed.variant());
        assertEquals(false, r.equals(method("UUID", "randomUUID").invoke(null)));
    }
}
