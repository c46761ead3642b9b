package ukl.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The boot code's memcpy, memmove, memset and memcmp ({@code string.c}), compiled for the host under
 * other names and checked against byte-at-a-time references: every length up to 80 and every
 * overlap of source and destination within 24 bytes, both ways, at every alignment that matters
 * to the eight-byte steps.
 */
class StringFunctionsTest {
    private static final String DRIVER = """
            #include <stddef.h>
            #include <stdio.h>
            #include <string.h>
            void *ukl_memcpy(void *, const void *, size_t);
            void *ukl_memmove(void *, const void *, size_t);
            void *ukl_memset(void *, int, size_t);
            int ukl_memcmp(const void *, const void *, size_t);
            static unsigned char buf[256], ref[256];
            static void fill(void) { for (int i = 0; i < 256; i++) buf[i] = ref[i] = (unsigned char) (i * 37 + 11); }
            int main(void) {
                int failures = 0;
                for (int n = 0; n <= 80; n++) {
                    for (int from = 40; from < 48; from++) {
                        for (int shift = -24; shift <= 24; shift++) {
                            fill();
                            int to = from + shift;
                            unsigned char tmp[256];
                            for (int i = 0; i < n; i++) tmp[i] = ref[from + i];
                            for (int i = 0; i < n; i++) ref[to + i] = tmp[i];
                            if (ukl_memmove(buf + to, buf + from, n) != buf + to || memcmp(buf, ref, 256) != 0) {
                                printf("memmove n=%d from=%d to=%d\\n", n, from, to);
                                failures++;
                            }
                            if (shift >= n || -shift >= n) {
                                fill();
                                for (int i = 0; i < n; i++) ref[to + i] = ref[from + i];
                                if (ukl_memcpy(buf + to, buf + from, n) != buf + to || memcmp(buf, ref, 256) != 0) {
                                    printf("memcpy n=%d from=%d to=%d\\n", n, from, to);
                                    failures++;
                                }
                            }
                        }
                        fill();
                        for (int i = 0; i < n; i++) ref[from + i] = 0xa5;
                        if (ukl_memset(buf + from, 0xa5, n) != buf + from || memcmp(buf, ref, 256) != 0) {
                            printf("memset n=%d at=%d\\n", n, from);
                            failures++;
                        }
                        fill();
                        if (ukl_memcmp(buf + from, ref + from, n) != 0
                                || (n > 0 && (buf[from + n - 1]++, ukl_memcmp(buf + from, ref + from, n) <= 0))) {
                            printf("memcmp n=%d at=%d\\n", n, from);
                            failures++;
                        }
                    }
                }
                printf("failures %d\\n", failures);
                return failures != 0;
            }
            """;

    @TempDir
    Path dir;

    @Test
    void everyLengthAndOverlapAgreesWithAByteAtATimeCopy() throws IOException, InterruptedException {
        Path source = dir.resolve("string.c");
        try (InputStream in = StringFunctionsTest.class.getResourceAsStream("/ukl/boot/string.c")) {
            Files.write(source, in.readAllBytes());
        }
        Path driver = dir.resolve("driver.c");
        Files.writeString(driver, DRIVER);
        Path exe = dir.resolve("strings");
        run(List.of(
                "gcc",
                "-O2",
                "-fno-builtin",
                "-Dmemcpy=ukl_memcpy",
                "-Dmemmove=ukl_memmove",
                "-Dmemset=ukl_memset",
                "-Dmemcmp=ukl_memcmp",
                "-c",
                source.toString(),
                "-o",
                dir.resolve("string.o").toString()));
        run(List.of("gcc", "-O2", driver.toString(), dir.resolve("string.o").toString(), "-o", exe.toString()));
        assertEquals("failures 0", run(List.of(exe.toString())).strip());
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        assertEquals(0, p.exitValue(), command + ":\n" + output);
        return output;
    }
}
