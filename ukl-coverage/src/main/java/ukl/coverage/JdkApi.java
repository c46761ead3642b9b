package ukl.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The public API of the running JDK's {@code java.base}: every public class of a {@code java.*}
 * package (all of which java.base exports) and its public and protected fields, methods and
 * constructors, read from the {@code jrt:} file system. Synthetic members and bridges are not API.
 */
final class JdkApi {
    private JdkApi() {}

    static List<Reference> publicApi() {
        List<Reference> api = new ArrayList<>();
        try (FileSystem jrt = FileSystems.newFileSystem(URI.create("jrt:/"), Map.of())) {
            Path root = jrt.getPath("/modules/java.base");
            try (Stream<Path> files = Files.walk(root.resolve("java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class"))
                        .sorted()
                        .toList()) {
                    new ClassReader(Files.readAllBytes(f))
                            .accept(
                                    new Collector(api),
                                    ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read java.base from the running JDK's jrt file system", e);
        }
        return api;
    }

    private static final class Collector extends ClassVisitor {
        private static final int API = Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED;
        private static final int HIDDEN = Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE;

        private final List<Reference> api;
        private String owner;

        Collector(List<Reference> api) {
            super(Opcodes.ASM9);
            this.api = api;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] ifs) {
            owner = (access & Opcodes.ACC_PUBLIC) != 0 && (access & Opcodes.ACC_SYNTHETIC) == 0 ? name : null;
            if (owner != null) {
                api.add(Reference.ofClass(name));
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String desc, String signature, Object value) {
            if (owner != null && (access & API) != 0 && (access & HIDDEN) == 0) {
                api.add(Reference.field(owner, name, desc));
            }
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] ex) {
            if (owner != null && (access & API) != 0 && (access & HIDDEN) == 0) {
                api.add(Reference.method(owner, name, desc));
            }
            return null;
        }
    }
}
