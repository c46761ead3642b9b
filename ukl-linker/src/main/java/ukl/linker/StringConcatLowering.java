package ukl.linker;

import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * {@code StringConcatFactory.makeConcatWithConstants} and {@code makeConcat} → a
 * {@code StringBuilder} chain. In the recipe, {@code \1} stands for the next argument and
 * {@code \2} for the next bootstrap constant; every other character is literal (see the
 * {@code StringConcatFactory} documentation). The arguments are all evaluated before the site, and
 * each is converted to a string in order, as the JDK does.
 */
final class StringConcatLowering {
    private static final char ARGUMENT = '\u0001';
    private static final char CONSTANT = '\u0002';

    private StringConcatLowering() {}

    static InsnList lower(MethodNode method, InvokeDynamicInsnNode indy) {
        Type[] args = Type.getArgumentTypes(indy.desc);
        String recipe;
        Object[] constants;
        if (indy.bsm.getName().equals("makeConcat")) {
            recipe = String.valueOf(ARGUMENT).repeat(args.length);
            constants = new Object[0];
        } else {
            recipe = (String) indy.bsmArgs[0];
            constants = java.util.Arrays.copyOfRange(indy.bsmArgs, 1, indy.bsmArgs.length);
        }
        InsnList out = new InsnList();
        int[] slots = Bytecode.spill(method, args, out);
        Bytecode.newStringBuilder(out);
        StringBuilder literal = new StringBuilder();
        int arg = 0;
        int constant = 0;
        for (char c : recipe.toCharArray()) {
            if (c == ARGUMENT) {
                Bytecode.appendLiteral(literal.toString(), out);
                literal.setLength(0);
                out.add(Bytecode.load(args[arg], slots[arg]));
                out.add(Bytecode.append(args[arg]));
                arg++;
            } else if (c == CONSTANT) {
                // a constant's string form is known now; it joins the surrounding literal text
                literal.append(constants[constant++]);
            } else {
                literal.append(c);
            }
        }
        Bytecode.appendLiteral(literal.toString(), out);
        out.add(new MethodInsnNode(INVOKEVIRTUAL, Bytecode.STRING_BUILDER, "toString", "()Ljava/lang/String;", false));
        return out;
    }
}
