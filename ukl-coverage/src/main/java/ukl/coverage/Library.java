package ukl.coverage;

import java.nio.file.Path;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import ukl.classmodel.ClassWorld;
import ukl.classmodel.Resolver;

/**
 * ukl's class library as the linker sees it: its classes in a {@link ClassWorld}, where a reference
 * resolves exactly when the JVM's resolution would succeed (JVMS §5.4.3) — so an inherited method
 * or a superinterface's field counts, as it does at link time.
 */
final class Library {
    private final ClassWorld world = new ClassWorld();
    private final Resolver resolver = new Resolver(world);

    /** The class library this module depends on. */
    static Library ukl() {
        return of(ClassFiles.artifactOf("java/lang/RuntimeSupport.class", "ukl-classlib"));
    }

    static Library of(Path root) {
        Library lib = new Library();
        ClassFiles.forEach(root, (name, bytes) -> {
            ClassNode node = new ClassNode();
            new ClassReader(bytes)
                    .accept(node, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            lib.world.add(node);
        });
        return lib;
    }

    /**
     * Whether linking {@code r} against the library succeeds: the class exists; the field or method
     * resolves (§5.4.3.2–§5.4.3.4). Constructors are not inherited: an {@code <init>} must be
     * declared by the class named (§6.5 {@code invokespecial}).
     */
    boolean resolves(Reference r) {
        return switch (r.kind()) {
            case CLASS -> world.contains(r.owner());
            case FIELD -> resolver.resolveField(r.owner(), r.name(), r.desc()).isPresent();
            case METHOD ->
                r.name().equals("<init>")
                        ? world.contains(r.owner())
                                && ClassWorld.declaredMethod(world.get(r.owner()), r.name(), r.desc()) != null
                        : resolver.resolveMethod(r.owner(), r.name(), r.desc()).isPresent();
        };
    }
}
