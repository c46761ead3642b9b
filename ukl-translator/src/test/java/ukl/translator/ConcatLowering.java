package ukl.translator;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Test stand-in for the one ukl-linker lowering the test worlds need: javac's
 * {@code StringConcatFactory.makeConcatWithConstants} sites (in jars built without
 * {@code -XDstringConcat=inline}) become StringBuilder chains. Arguments go to fresh locals
 * first, so no stack maps change.
 */
final class ConcatLowering {
    private ConcatLowering() {}

    static byte[] lower(byte[] bytes) {
        ClassNode c = new ClassNode();
        new ClassReader(bytes).accept(c, 0);
        boolean changed = false;
        for (MethodNode m : c.methods) {
            for (AbstractInsnNode i : m.instructions.toArray()) {
                if (i instanceof InvokeDynamicInsnNode indy
                        && indy.bsm.getName().equals("makeConcatWithConstants")) {
                    m.instructions.insert(i, chain(m, indy));
                    m.instructions.remove(i);
                    changed = true;
                }
            }
        }
        if (!changed) {
            return bytes;
        }
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        c.accept(w);
        return w.toByteArray();
    }

    private static InsnList chain(MethodNode m, InvokeDynamicInsnNode indy) {
        Type[] args = Type.getArgumentTypes(indy.desc);
        int[] slots = new int[args.length];
        InsnList out = new InsnList();
        for (int a = args.length - 1; a >= 0; a--) {
            slots[a] = m.maxLocals;
            m.maxLocals += args[a].getSize();
            out.add(new VarInsnNode(args[a].getOpcode(Opcodes.ISTORE), slots[a]));
        }
        String sb = "java/lang/StringBuilder";
        out.add(new TypeInsnNode(Opcodes.NEW, sb));
        out.add(new InsnNode(Opcodes.DUP));
        out.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, sb, "<init>", "()V"));
        String recipe = (String) indy.bsmArgs[0];
        int arg = 0;
        int constant = 1;
        StringBuilder text = new StringBuilder();
        for (int k = 0; k <= recipe.length(); k++) {
            char ch = k < recipe.length() ? recipe.charAt(k) : '\u0001';
            if (ch == '\u0001' || ch == '\u0002') {
                if (!text.isEmpty()) {
                    out.add(new LdcInsnNode(text.toString()));
                    out.add(new MethodInsnNode(
                            Opcodes.INVOKEVIRTUAL, sb, "append", "(Ljava/lang/String;)L" + sb + ";"));
                    text.setLength(0);
                }
                if (ch == '\u0002') {
                    text.append(indy.bsmArgs[constant++]);
                } else if (k < recipe.length()) {
                    Type t = args[arg];
                    out.add(new VarInsnNode(t.getOpcode(Opcodes.ILOAD), slots[arg++]));
                    String d =
                            switch (t.getSort()) {
                                case Type.BYTE, Type.SHORT, Type.INT -> "I";
                                case Type.OBJECT ->
                                    t.getInternalName().equals("java/lang/String")
                                            ? "Ljava/lang/String;"
                                            : "Ljava/lang/Object;";
                                case Type.ARRAY -> "Ljava/lang/Object;";
                                default -> t.getDescriptor();
                            };
                    out.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, sb, "append", "(" + d + ")L" + sb + ";"));
                }
            } else {
                text.append(ch);
            }
        }
        out.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, sb, "toString", "()Ljava/lang/String;"));
        return out;
    }
}
