package ukl.translator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A kernel native (docs/contracts.md §5): a {@code static native} method of package
 * {@code ukl.kernel.arch}, which translated code calls as the C function
 * {@code ukl_native_<SimpleClassName>_<methodName>} that boot-image's {@code ukl_natives.h}
 * defines. The Java declaration is the only list of them: the prototype is derived from it here,
 * emitted into every program (so gcc rejects a definition whose types differ), and the toolchain
 * hands the linker the natives whose function boot-image defines.
 *
 * @param key "owner.name(desc)", e.g. {@code ukl/kernel/arch/Cpu.outb(II)V}, as the linker names
 *     natives
 * @param function the C function, e.g. {@code ukl_native_Cpu_outb}
 * @param prototype its C declarator with parameters {@code a0, a1, ...}, e.g.
 *     {@code void ukl_native_Cpu_outb(int32_t a0, int32_t a1)}: end it with {@code ;} to declare it,
 *     with a body to define it
 */
public record KernelNative(String key, String function, String prototype) {
    static final String PACKAGE = "ukl/kernel/arch/";

    static boolean isKernelNative(String owner, int access) {
        return owner.startsWith(PACKAGE) && (access & Opcodes.ACC_STATIC) != 0 && (access & Opcodes.ACC_NATIVE) != 0;
    }

    /** Every kernel native of these classes, in their order; fails when two would share one C function. */
    static List<KernelNative> in(Collection<ClassNode> classes) throws TranslationException {
        List<KernelNative> natives = new ArrayList<>();
        Map<String, String> keys = new HashMap<>();
        for (ClassNode c : classes) {
            for (MethodNode m : c.methods) {
                if (isKernelNative(c.name, m.access)) {
                    KernelNative n = of(c.name, m.name, m.desc);
                    String other = keys.putIfAbsent(n.function, n.key);
                    if (other != null) {
                        throw new TranslationException("kernel natives " + other + " and " + n.key
                                + " would both be the C function " + n.function + ": docs/contracts.md §5 names it"
                                + " after the method alone; give one of them another name");
                    }
                    natives.add(n);
                }
            }
        }
        return natives;
    }

    /**
     * The native {@code owner.name desc} as §5 maps it: {@code int} and {@code boolean} →
     * {@code int32_t}, {@code long} → {@code int64_t}, {@code byte}, {@code short}, {@code char} →
     * {@code int8_t}, {@code int16_t}, {@code uint16_t}, {@code float} and {@code double} as
     * themselves, a primitive array → {@code void *} (its element 0). C has no overloading, so
     * {@link #in} refuses two natives of one class with one name.
     */
    static KernelNative of(String owner, String name, String desc) throws TranslationException {
        String key = owner + "." + name + desc;
        String function = "ukl_native_" + owner.substring(owner.lastIndexOf('/') + 1) + "_" + name;
        Type[] args = Type.getArgumentTypes(desc);
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String c = cType(args[i], key);
            parameters.add(c + (c.endsWith("*") ? "" : " ") + "a" + i);
        }
        Type result = Type.getReturnType(desc);
        String returns = result.getSort() == Type.VOID ? "void" : cType(result, key);
        if (returns.endsWith("*")) {
            throw new TranslationException("kernel native " + key + " returns an array: docs/contracts.md §5 allows"
                    + " primitive results only; return an address (long) or fill an array the caller passes");
        }
        String list = parameters.isEmpty() ? "void" : String.join(", ", parameters);
        return new KernelNative(key, function, returns + " " + function + "(" + list + ")");
    }

    /** Whether the parameter of this type reaches C as an address (a primitive array). */
    static boolean passedByAddress(Type t) {
        return t.getSort() == Type.ARRAY
                && t.getDimensions() == 1
                && t.getElementType().getSort() != Type.OBJECT;
    }

    private static String cType(Type t, String key) throws TranslationException {
        if (passedByAddress(t)) {
            return "void *";
        }
        if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
            throw new TranslationException("kernel native " + key + " uses the type " + t.getClassName()
                    + ": docs/contracts.md §5 allows primitives and primitive arrays only");
        }
        return t.getSort() == Type.BOOLEAN ? "int32_t" : Names.storage(t);
    }
}
