package ukl.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/** What counts as a site, what resolves, and how the figures add up. */
class CoverageTest {
    private static Map<Reference, Usage> fixtureUsages() throws IOException {
        Map<Reference, Usage> usages = new HashMap<>();
        try (InputStream in = CoverageTest.class.getResourceAsStream("Fixture.class")) {
            UsageScanner.scan(in.readAllBytes(), "fixture", usages);
        }
        return usages;
    }

    private static long sites(Map<Reference, Usage> usages, Reference r) {
        Usage u = usages.get(r);
        return u == null ? 0 : u.sites();
    }

    @Test
    void countsEverySiteIncludingMethodHandlesOfLambdas() throws IOException {
        Map<Reference, Usage> u = fixtureUsages();
        // two calls and the String::length handle
        assertEquals(3, sites(u, Reference.method("java/lang/String", "length", "()I")));
        assertEquals(1, sites(u, Reference.ofClass("java/util/function/Function")));
        assertEquals(1, sites(u, Reference.ofClass("java/util/ArrayList")));
        assertEquals(1, sites(u, Reference.method("java/util/ArrayList", "<init>", "()V")));
        assertEquals(1, sites(u, Reference.ofClass("java/lang/IllegalStateException")));
        assertEquals(1, sites(u, Reference.ofClass("java/io/Serializable")));
        assertEquals(1, sites(u, Reference.ofClass("java/lang/Object")));
    }

    @Test
    void loweredBootstrapsAndSerializationHooksAreNotUses() throws IOException {
        Map<Reference, Usage> u = fixtureUsages();
        assertTrue(u.keySet().stream().noneMatch(r -> r.owner().startsWith("java/lang/invoke/")), u.keySet()::toString);
        assertNull(u.get(Reference.method("java/io/ObjectInputStream", "defaultReadObject", "()V")));
    }

    /** java/lang/Object, java/util/Base with m() and a constructor, java/util/Sub extends Base, java/util/I with F. */
    private static Library library(Path dir) throws IOException {
        write(dir, "java/lang/Object", null, false, "hashCode", "()I");
        write(dir, "java/util/Base", "java/lang/Object", false, "m", "()V", "<init>", "()V");
        write(dir, "java/util/I", "java/lang/Object", true);
        write(dir, "java/util/Sub", "java/util/Base", false);
        return Library.of(dir);
    }

    private static void write(Path dir, String name, String sup, boolean itf, String... methods) throws IOException {
        ClassWriter w = new ClassWriter(0);
        int access = Opcodes.ACC_PUBLIC | (itf ? Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT : 0);
        w.visit(Opcodes.V21, access, name, null, sup, itf ? null : new String[] {"java/util/I"});
        if (itf) {
            w.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "F", "I", null, 1);
        }
        for (int i = 0; i < methods.length; i += 2) {
            w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, methods[i], methods[i + 1], null, null);
        }
        Path f = dir.resolve(name + ".class");
        Files.createDirectories(f.getParent());
        Files.write(f, w.toByteArray());
    }

    @Test
    void resolvesByTheJvmsRules(@TempDir Path dir) throws IOException {
        Library lib = library(dir);
        assertTrue(lib.resolves(Reference.ofClass("java/util/Sub")));
        assertTrue(lib.resolves(Reference.method("java/util/Sub", "m", "()V")), "inherited from the superclass");
        assertTrue(lib.resolves(Reference.method("java/util/I", "hashCode", "()I")), "Object's, from an interface");
        assertTrue(lib.resolves(Reference.field("java/util/Sub", "F", "I")), "a superinterface's field");
        assertFalse(lib.resolves(Reference.method("java/util/Sub", "<init>", "()V")), "constructors are not inherited");
        assertFalse(lib.resolves(Reference.method("java/util/Sub", "m", "()I")), "the descriptor is part of the name");
        assertFalse(lib.resolves(Reference.ofClass("java/util/Missing")));
    }

    @Test
    void weighsPackagesBySitesAndListsTheMostUsedGapsFirst(@TempDir Path dir) throws IOException {
        Library lib = library(dir);
        Map<Reference, Usage> usages = new HashMap<>();
        Reference present = Reference.method("java/util/Sub", "m", "()V");
        Reference rare = Reference.method("java/util/Sub", "gone", "()V");
        Reference common = Reference.ofClass("java/util/Gone");
        for (int i = 0; i < 6; i++)
            usages.computeIfAbsent(present, k -> new Usage()).add("a");
        usages.computeIfAbsent(rare, k -> new Usage()).add("a");
        for (int i = 0; i < 3; i++)
            usages.computeIfAbsent(common, k -> new Usage()).add("b");
        List<Reference> api = List.of(Reference.ofClass("java/util/Sub"), Reference.ofClass("java/util/Gone"));

        Coverage c = Coverage.measure(usages, Map.of("a", 1, "b", 1), api, lib);

        Coverage.Tally util = c.tally("java.util");
        assertEquals(10, util.sites);
        assertEquals(6, util.resolvedSites);
        assertEquals(3, util.members);
        assertEquals(1, util.resolvedApi);
        assertEquals(2, util.api);
        assertEquals(60.0, c.overallShare(), 1e-9);
        assertEquals(
                List.of(common, rare),
                c.missing().stream().map(Coverage.Missing::ref).toList());
    }
}
