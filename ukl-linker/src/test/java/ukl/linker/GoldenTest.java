package ukl.linker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceClassVisitor;

/**
 * The linker's output for small inputs, as ASM Textifier listings, against
 * {@code src/test/resources/golden/*.expected.txt}. Run with {@code -Dukl.updateGolden=true} to
 * rewrite them after an intended change, and review the diff.
 */
class GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Concat",
                "Lambdas",
                "Point",
                "PatternSwitch",
                "EnumSwitch",
                "Syscall",
                "Reflection",
                "FieldUpdaters"
            })
    void loweredBytecodeMatchesTheGoldenListing(String name) throws IOException {
        String source;
        try (InputStream in = getClass().getResourceAsStream("/golden/" + name + ".java")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path classes = Fixture.compile(
                tmp, Map.of("golden/" + name + ".java", source), List.of(Fixture.moduleJar("ukl-libc-stubs")));
        World world = new World();
        Loader.read(Fixture.miniKernel()).forEach(c -> world.add(c, false));
        Loader.read(classes).forEach(c -> world.add(c, true));
        new IndyLowering(world).lower();
        new ReflectionFolding(world, new ReflectionAccessors(world)).fold();
        new FieldUpdaterFolding(world).fold();
        new SyscallRewriter(world).rewrite();

        Map<String, byte[]> output = new TreeMap<>(world.writeAll());
        StringBuilder listing = new StringBuilder();
        output.forEach((className, bytes) -> {
            if (world.isApplication(className)) {
                listing.append(textify(bytes));
            }
        });
        Path expected = GOLDEN.resolve(name + ".expected.txt");
        if (Boolean.getBoolean("ukl.updateGolden")) {
            Files.writeString(expected, listing);
        }
        assertEquals(Files.readString(expected), listing.toString(), "golden listing " + expected);
    }

    private static String textify(byte[] bytes) {
        StringWriter text = new StringWriter();
        new ClassReader(bytes).accept(new TraceClassVisitor(null, new Textifier(), new PrintWriter(text)), 0);
        return text.toString();
    }
}
