package ukl.classmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.ClassNode;
import ukl.classmodel.ShapeWorld.Edit;

/** Hierarchy queries, the overriding rule, and what the model answers where the world lacks a class. */
class ClassWorldTest {
    private static final String S = "ukl/classmodel/shapes/Shapes$";
    private static final String P1 = "ukl/classmodel/shapes/p1/Pkg1$";
    private static final String P2 = "ukl/classmodel/shapes/p2/Pkg2$";

    private final ClassWorld world = new ShapeWorld(Edit.NONE).model();
    private final Resolver resolver = new Resolver(world);

    @Test
    void superclassesRunFromTheClassToObject() {
        assertEquals(
                List.of(S + "Leaf", S + "Mid", S + "Base", ClassWorld.OBJECT),
                world.superclasses(S + "Leaf").stream().map(c -> c.name).toList());
        assertEquals(
                List.of(S + "I2", ClassWorld.OBJECT),
                world.superclasses(S + "I2").stream().map(c -> c.name).toList());
    }

    @Test
    void allInterfacesAreDepthFirstPerClassAndExcludeTheTypeItself() {
        assertEquals(List.of(S + "I2", S + "I1"), List.copyOf(world.allInterfaces(S + "C")));
        assertEquals(List.of(S + "Left", S + "Top", S + "Right"), List.copyOf(world.allInterfaces(S + "D")));
        assertEquals(List.of(S + "I1"), List.copyOf(world.allInterfaces(S + "I2")));
        assertEquals(
                List.of(S + "Def"),
                List.copyOf(world.allInterfaces(S + "ExtendsAbstractDef")),
                "through the superclass");
    }

    @Test
    void subtypesFollowSuperclassesAndInterfaces() {
        assertTrue(world.isSubtype(S + "C", S + "I1"));
        assertTrue(world.isSubtype(S + "Leaf", S + "Base"));
        assertTrue(world.isSubtype(S + "I2", ClassWorld.OBJECT));
        assertFalse(world.isSubtype(S + "I1", S + "I2"));
        assertFalse(world.isSubtype(S + "Base", S + "Leaf"));
    }

    @Test
    void commonSuperClassMergesInterfacesAndUnknownClassesToObject() {
        assertEquals(S + "Mid", world.commonSuperClass(S + "Leaf", S + "Mid"));
        assertEquals(S + "Base", world.commonSuperClass(S + "Leaf", S + "PlainLeaf"));
        assertEquals(ClassWorld.OBJECT, world.commonSuperClass(S + "Leaf", S + "I1"));
        assertEquals(ClassWorld.OBJECT, world.commonSuperClass(S + "Leaf", "app/Missing"));
    }

    @Test
    void arraysAndInterfacesResolveObjectsMethods() {
        assertEquals(
                ClassWorld.OBJECT,
                resolver.resolveMethod("[I", "hashCode", "()I").orElseThrow().owner().name);
        assertEquals(
                ClassWorld.OBJECT,
                resolver.resolveMethod(S + "I1", "toString", "()Ljava/lang/String;")
                        .orElseThrow()
                        .owner()
                        .name);
        assertTrue(
                resolver.resolveMethod(S + "I1", "clone", "()Ljava/lang/Object;")
                        .isEmpty(),
                "Object.clone is protected: not an interface's member (JVMS §5.4.3.4)");
        MethodRef hashCode = resolver.resolveMethod("[I", "hashCode", "()I").orElseThrow();
        assertEquals(
                ClassWorld.OBJECT, resolver.select("[I", hashCode).orElseThrow().owner().name);
    }

    @Test
    void canOverrideFollowsJvms545() {
        MethodRef aM = m(P1 + "A");
        assertFalse(resolver.canOverride(m(P2 + "B"), aM), "package-private in another package");
        assertTrue(resolver.canOverride(m(P1 + "C"), aM), "same run-time package, across B");
        assertTrue(resolver.canOverride(m(P2 + "U"), aM), "through T.m, which overrides A.m");
        assertFalse(resolver.canOverride(m(P2 + "V"), aM), "no method between V and A overrides A.m");
        assertTrue(resolver.canOverride(aM, aM));
    }

    private MethodRef m(String owner) {
        ClassNode c = world.get(owner);
        return new MethodRef(c, ClassWorld.declaredMethod(c, "m", "()Ljava/lang/String;"));
    }

    @Test
    void missingClassesAnswerNoneAndEndWalks() {
        assertTrue(resolver.resolveMethod("app/Missing", "m", "()V").isEmpty());
        assertTrue(resolver.resolveField("app/Missing", "f", "I").isEmpty());
        assertEquals(List.of(), world.superclasses("app/Missing"));

        ClassNode orphan = new ClassNode();
        orphan.name = "app/Orphan";
        orphan.superName = "app/MissingSuper";
        orphan.interfaces = List.of("app/MissingInterface", S + "I2");
        world.add(orphan);
        assertEquals(
                List.of("app/MissingInterface", S + "I2", S + "I1"), List.copyOf(world.allInterfaces("app/Orphan")));
        MethodRef m = resolver.resolveMethod("app/Orphan", "m", "()Ljava/lang/String;")
                .orElseThrow();
        assertEquals(S + "I2", m.owner().name, "a missing superinterface is skipped");
        world.remove("app/Orphan");
        assertFalse(world.contains("app/Orphan"));
        assertEquals(List.of(), List.copyOf(world.allInterfaces("app/Orphan")), "removing forgets what was cached");
    }
}
