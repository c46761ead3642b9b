package ukl.linker;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import ukl.classmodel.ClassWorld;

/**
 * Pass 2: points every call of the placeholder {@code ukl.kernel.AppMain.main(String[])} at the
 * application's {@code public static void main(String[])} and drops {@code AppMain}
 * (contracts §2).
 */
final class MainRetargeter {
    static final String APP_MAIN = "ukl/kernel/AppMain";
    private static final String MAIN_DESC = "([Ljava/lang/String;)V";

    private final World world;
    private final Problems problems;

    MainRetargeter(World world, Problems problems) {
        this.world = world;
        this.problems = problems;
    }

    /** Returns the number of call sites retargeted. */
    int retarget(String mainClass) {
        String target = mainClass.replace('.', '/');
        ClassNode main = world.get(target);
        if (main == null || !world.isApplication(target)) {
            problems.add(
                    LinkProblem.Kind.MAIN_CLASS,
                    "main class " + mainClass + " is not on the application classpath",
                    "check <mainClass> (a binary name such as hello.Hello) and that the application jar is on the "
                            + "classpath");
            return 0;
        }
        MethodNode m = ClassWorld.declaredMethod(main, "main", MAIN_DESC);
        int required = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC;
        if (m == null || (m.access & required) != required) {
            problems.add(
                    main,
                    null,
                    null,
                    LinkProblem.Kind.MAIN_CLASS,
                    "main class " + mainClass + " has no public static void main(String[])",
                    "declare public static void main(String[] args) in " + mainClass + ", or fix <mainClass>");
            return 0;
        }
        int sites = 0;
        for (ClassNode c : world.classes()) {
            for (MethodNode method : c.methods) {
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof MethodInsnNode call
                            && call.owner.equals(APP_MAIN)
                            && call.name.equals("main")
                            && call.desc.equals(MAIN_DESC)) {
                        call.owner = target;
                        call.itf = false;
                        sites++;
                    }
                }
            }
        }
        world.remove(APP_MAIN);
        return sites;
    }
}
