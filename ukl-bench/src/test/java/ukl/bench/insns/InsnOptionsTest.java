package ukl.bench.insns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.bench.run.GivenImage;

class InsnOptionsTest {
    @Test
    void defaultsCountBothServersAndNoImageFromElsewhere() {
        InsnOptions o = InsnOptions.parse();
        assertEquals(List.of("nio", "libc"), o.servers());
        assertEquals(List.of(), o.images());
        assertEquals(List.of(64, 1024), o.sizes());
        assertEquals(1_000, o.echoes());
        assertEquals(4, o.windows());
    }

    @Test
    void imagesFromElsewhereAreCountedBesideTheServersInTheOrderGiven(@TempDir Path dir) throws Exception {
        Path nio = Files.writeString(dir.resolve("echo-server.ukl"), "image");
        Path libc = Files.writeString(dir.resolve("libc-echo-server.ukl"), "image");
        InsnOptions o = InsnOptions.parse(
                "--servers", "nio", "--image", "pre-nio=" + nio, "--quick", "--image", "pre.libc_2=" + libc);
        assertEquals(List.of("nio"), o.servers());
        assertEquals(List.of(new GivenImage("pre-nio", nio), new GivenImage("pre.libc_2", libc)), o.images());
        assertEquals(200, o.echoes());
    }

    @Test
    void aBadImageOptionNamesWhatIsWrong(@TempDir Path dir) throws Exception {
        Path image = Files.writeString(dir.resolve("echo-server.ukl"), "image");
        assertEquals(
                "--image " + image + ": use LABEL=PATH, e.g. --image pre-threads=/tmp/echo-server.ukl",
                error("--image", image.toString()));
        assertEquals(
                "--image nio=" + image + ": the label 'nio' is taken; names in use: [nio, libc]",
                error("--image", "nio=" + image));
        assertEquals(
                "--image old=" + image + ": the label 'old' is taken; names in use: [nio, libc, old]",
                error("--image", "old=" + image, "--image", "old=" + image));
        assertTrue(error("--image", "a/b=" + image).startsWith("--image a/b=" + image + ": the label 'a/b' must be"));
        assertEquals(
                "--image old=" + dir.resolve("missing.ukl") + ": no image file at " + dir.resolve("missing.ukl"),
                error("--image", "old=" + dir.resolve("missing.ukl")));
        assertEquals("--image old=: no image file after '='", error("--image", "old="));
        assertTrue(error("--image").startsWith("option --image needs a value"));
    }

    private static String error(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> InsnOptions.parse(args))
                .getMessage();
    }
}
