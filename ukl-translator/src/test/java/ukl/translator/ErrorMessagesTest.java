package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** What the translator refuses, and that its messages name the place, the rule and the fix (STYLE.md 5). */
class ErrorMessagesTest {
    @TempDir
    Path out;

    private static byte[] cls(String name, int version, Consumer<ClassWriter> body) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        w.visit(
                version,
                Opcodes.ACC_PUBLIC,
                name,
                null,
                name.equals("java/lang/Object") ? null : "java/lang/Object",
                null);
        body.accept(w);
        w.visitEnd();
        return w.toByteArray();
    }

    private static MethodVisitor staticMethod(ClassWriter w, String name) {
        MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, "()V", null, null);
        m.visitCode();
        return m;
    }

    private TranslationException translate(byte[] app) {
        Map<String, byte[]> world = new TreeMap<>();
        world.put("java/lang/Object", cls("java/lang/Object", Opcodes.V25, w -> {}));
        world.put("app/App", app);
        return assertThrows(TranslationException.class, () -> Translator.translate(world, out));
    }

    @Test
    void jsrIsRejectedWithTheFix() {
        TranslationException e = translate(cls("app/App", Opcodes.V1_5, w -> {
            MethodVisitor m = staticMethod(w, "old");
            Label sub = new Label();
            m.visitJumpInsn(Opcodes.JSR, sub);
            m.visitInsn(Opcodes.RETURN);
            m.visitLabel(sub);
            m.visitVarInsn(Opcodes.ASTORE, 0);
            m.visitVarInsn(Opcodes.RET, 0);
            m.visitMaxs(0, 0);
            m.visitEnd();
        }));
        assertTrue(e.getMessage().contains("app.App.old()V"), e.getMessage());
        assertTrue(e.getMessage().contains("jsr/ret") && e.getMessage().contains("recompile"), e.getMessage());
    }

    @Test
    void invokedynamicMustBeLoweredFirst() {
        TranslationException e = translate(cls("app/App", Opcodes.V25, w -> {
            MethodVisitor m = staticMethod(w, "indy");
            m.visitInvokeDynamicInsn("run", "()V", new Handle(Opcodes.H_INVOKESTATIC, "app/App", "bsm", "()V", false));
            m.visitInsn(Opcodes.RETURN);
            m.visitMaxs(0, 0);
            m.visitEnd();
        }));
        assertTrue(
                e.getMessage().contains("app.App.indy()V") && e.getMessage().contains("bytecode index"),
                e.getMessage());
        assertTrue(e.getMessage().contains("ukl-linker"), e.getMessage());
    }

    @Test
    void unknownNativeIsNamed() {
        TranslationException e = translate(cls("app/App", Opcodes.V25, w -> w.visitMethod(
                        Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE, "magic", "()I", null, null)
                .visitEnd()));
        assertTrue(e.getMessage().contains("native method app.App.magic()I has no implementation"), e.getMessage());
        assertTrue(e.getMessage().contains("ukl.kernel.arch"), e.getMessage());
    }

    @Test
    void missingClassIsNamed() {
        TranslationException e = translate(cls("app/App", Opcodes.V25, w -> {
            MethodVisitor m = staticMethod(w, "make");
            m.visitTypeInsn(Opcodes.NEW, "app/Missing");
            m.visitInsn(Opcodes.POP);
            m.visitInsn(Opcodes.RETURN);
            m.visitMaxs(0, 0);
            m.visitEnd();
        }));
        assertTrue(
                e.getMessage().contains("app.Missing") && e.getMessage().contains("not in the closed world"),
                e.getMessage());
    }
}
