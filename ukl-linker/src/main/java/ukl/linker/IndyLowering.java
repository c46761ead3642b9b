package ukl.linker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Pass 3: replaces the {@code invokedynamic} sites javac emits with plain bytecode, because
 * ProGuard cannot see through {@code invokedynamic} and the translator has no method handles.
 * A site with another bootstrap stays; the reference check reports it if it is reachable.
 */
final class IndyLowering {
    static final String CONCAT = "string concatenations";
    static final String LAMBDA = "lambdas and method references";
    static final String RECORD = "record methods";
    static final String SWITCH = "pattern switches";

    private final World world;
    private final LambdaLowering lambdas;
    private final SwitchLowering switches;

    IndyLowering(World world) {
        this.world = world;
        this.lambdas = new LambdaLowering(world);
        this.switches = new SwitchLowering(world);
    }

    /** Lowers every site it can; returns the number of sites lowered by kind, in a stable order. */
    Map<String, Integer> lower() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String kind : List.of(CONCAT, LAMBDA, RECORD, SWITCH)) {
            counts.put(kind, 0);
        }
        for (ClassNode c : world.classes()) {
            int left = 0;
            for (MethodNode m : c.methods) {
                // a site's scratch locals are dead once its replacement has run, so all sites share them
                int firstScratch = m.maxLocals;
                int maxLocals = m.maxLocals;
                for (AbstractInsnNode insn : m.instructions.toArray()) {
                    if (insn instanceof InvokeDynamicInsnNode indy) {
                        m.maxLocals = firstScratch;
                        String kind = kind(indy);
                        InsnList replacement = kind == null ? null : lowering(kind, c, m, indy);
                        maxLocals = Math.max(maxLocals, m.maxLocals);
                        if (replacement != null) {
                            m.instructions.insert(indy, replacement);
                            m.instructions.remove(indy);
                            counts.merge(kind, 1, Integer::sum);
                        } else {
                            left++;
                        }
                    }
                }
                m.maxLocals = maxLocals;
            }
            if (left == 0) {
                // javac names MethodHandles$Lookup in InnerClasses for its bootstrap methods (JVMS §4.7.6); no longer
                // used
                c.innerClasses.removeIf(inner -> inner.name.equals("java/lang/invoke/MethodHandles$Lookup"));
            }
        }
        return counts;
    }

    private static String kind(InvokeDynamicInsnNode indy) {
        return switch (indy.bsm.getOwner() + "." + indy.bsm.getName()) {
            case "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
                    "java/lang/invoke/StringConcatFactory.makeConcat" -> CONCAT;
            case "java/lang/invoke/LambdaMetafactory.metafactory",
                    "java/lang/invoke/LambdaMetafactory.altMetafactory" -> LAMBDA;
            case "java/lang/runtime/ObjectMethods.bootstrap" -> RECORD;
            case "java/lang/runtime/SwitchBootstraps.typeSwitch", "java/lang/runtime/SwitchBootstraps.enumSwitch" ->
                SWITCH;
            default -> null;
        };
    }

    private InsnList lowering(String kind, ClassNode c, MethodNode m, InvokeDynamicInsnNode indy) {
        return switch (kind) {
            case CONCAT -> StringConcatLowering.lower(m, indy);
            case LAMBDA -> lambdas.lower(c, indy);
            case RECORD -> RecordMethodsLowering.lower(c, m, indy);
            default -> switches.lower(m, indy);
        };
    }
}
