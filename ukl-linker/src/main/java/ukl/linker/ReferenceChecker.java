package ukl.linker;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import ukl.classmodel.ClassWorld;
import ukl.classmodel.MethodRef;
import ukl.linker.LinkProblem.Kind;

/**
 * Pass 5: every class, field and method that reachable code refers to must resolve in the closed
 * world (JVMS §5.4.3); reflection, leftover {@code invokedynamic}, uses of {@code ukl.libc} that
 * the syscall rewrite could not turn into kernel calls (contracts §1), and {@code native} methods
 * nobody implements (contracts §4, §5) are problems too. Only reachable code is checked, so that
 * unused corners of the application or the class library do not fail the link.
 */
final class ReferenceChecker {
    private static final Set<String> REFLECTIVE_CLASS_METHODS = Set.of(
            "forName",
            "getMethod",
            "getMethods",
            "getDeclaredMethod",
            "getDeclaredMethods",
            "getField",
            "getFields",
            "getDeclaredField",
            "getDeclaredFields",
            "getConstructor",
            "getConstructors",
            "getDeclaredConstructor",
            "getDeclaredConstructors",
            "newInstance");

    /** What to use instead of a JDK class the class library does not have. */
    private static final Map<String, String> ALTERNATIVES = Map.of(
            "java/util/concurrent/ConcurrentHashMap", "HashMap",
            "java/util/Hashtable", "HashMap",
            "java/util/Vector", "ArrayList",
            "java/util/concurrent/CopyOnWriteArrayList", "ArrayList",
            "java/lang/StringBuffer", "StringBuilder",
            "java/util/concurrent/atomic/AtomicInteger", "an int field",
            "java/util/concurrent/atomic/AtomicLong", "a long field");

    private final World world;
    private final ClassNode libc;
    private final Set<String> implementedNatives;
    private boolean reflectionListed;
    private final Problems problems;

    ReferenceChecker(World world, ClassNode libc, Set<String> implementedNatives, Problems problems) {
        this.world = world;
        this.libc = libc;
        this.implementedNatives = implementedNatives;
        this.problems = problems;
    }

    /** Returns the number of methods checked. */
    int check(Collection<MethodRef> reachable) {
        Set<String> classesChecked = new HashSet<>();
        for (MethodRef m : reachable) {
            ClassNode c = m.owner();
            MethodNode method = m.node();
            if (classesChecked.add(c.name)) {
                checkSupertypes(c);
            }
            if ((method.access & Opcodes.ACC_NATIVE) != 0) {
                checkNative(c, method);
            }
            for (TryCatchBlockNode handler : method.tryCatchBlocks) {
                if (handler.type != null) {
                    checkClass(handler.type, new Site(c, method, handler.handler));
                }
            }
            for (AbstractInsnNode insn : method.instructions) {
                checkInstruction(insn, new Site(c, method, insn));
            }
        }
        return reachable.size();
    }

    private record Site(ClassNode owner, MethodNode method, AbstractInsnNode at) {}

    private void report(Site site, Kind kind, String what, String fix) {
        problems.add(site.owner, site.method, site.at, kind, what, fix);
    }

    private void checkSupertypes(ClassNode c) {
        if (c.superName != null && !world.contains(c.superName)) {
            checkClass(c.superName, new Site(c, null, null));
        }
        for (String i : c.interfaces) {
            checkClass(i, new Site(c, null, null));
        }
    }

    private void checkNative(ClassNode c, MethodNode m) {
        String key = c.name + "." + m.name + m.desc;
        if (!implementedNatives.contains(key)) {
            problems.add(
                    c,
                    m,
                    null,
                    Kind.UNIMPLEMENTED_NATIVE,
                    "native method " + dotted(c.name) + "." + LinkProblem.methodLabel(m.name, m.desc)
                            + " has no implementation (" + key + ")",
                    "give it a Java body, implement it in the translator (docs/contracts.md §4), or, for a kernel native,"
                            + " define its C function ukl_native_<Class>_<method> in boot-image's ukl_natives.h (§5)");
        }
    }

    private void checkInstruction(AbstractInsnNode insn, Site site) {
        switch (insn) {
            case MethodInsnNode call -> checkMethod(call, site);
            case FieldInsnNode field -> checkField(field, site);
            case TypeInsnNode type -> checkClass(type.desc, site);
            case MultiANewArrayInsnNode array -> checkClass(array.desc, site);
            case LdcInsnNode ldc
            when ldc.cst instanceof Type t && t.getSort() != Type.METHOD -> checkClass(t.getInternalName(), site);
            case LdcInsnNode ldc
            when ldc.cst instanceof ConstantDynamic condy ->
                report(
                        site,
                        Kind.UNLOWERED_DYNAMIC,
                        "a dynamic constant (bootstrap "
                                + dotted(condy.getBootstrapMethod().getOwner()) + "."
                                + condy.getBootstrapMethod().getName() + ") cannot be linked in a closed world",
                        "compute the value with plain code");
            case InvokeDynamicInsnNode indy -> reportIndy(indy, site);
            default -> {}
        }
    }

    /** The lowering left this site: an unknown bootstrap, or a form of a known one it does not lower. */
    private void reportIndy(InvokeDynamicInsnNode indy, Site site) {
        String bootstrap = dotted(indy.bsm.getOwner()) + "." + indy.bsm.getName();
        switch (indy.bsm.getOwner()) {
            case "java/lang/runtime/SwitchBootstraps" ->
                report(
                        site,
                        Kind.UNLOWERED_DYNAMIC,
                        "a pattern switch over a primitive selector (" + bootstrap + ", JEP 455) cannot be lowered",
                        "switch on the boxed value, or use if/else");
            case "java/lang/invoke/LambdaMetafactory" ->
                report(
                        site,
                        Kind.UNLOWERED_DYNAMIC,
                        "a method reference to a superclass's method (super::m, " + bootstrap + ") cannot be lowered",
                        "write a lambda that calls super.m(...)");
            default ->
                report(
                        site,
                        Kind.UNLOWERED_DYNAMIC,
                        "invokedynamic with bootstrap method " + bootstrap + " cannot be lowered in a closed world",
                        "ukl lowers string concatenation, lambdas and method references, records and pattern switches; "
                                + "write this as a plain call or an interface implementation");
        }
    }

    private void checkMethod(MethodInsnNode call, Site site) {
        if (call.owner.startsWith("ukl/libc/")) {
            checkLibcCall(call, site);
            return;
        }
        if (FieldUpdaterFolding.isNewUpdater(call)) {
            report(
                    site,
                    Kind.REFLECTION,
                    dotted(call.owner).substring(FieldUpdaterFolding.PACKAGE.length())
                            + ".newUpdater finds its field by" + " reflection, which a closed world cannot resolve",
                    "give it constant arguments (newUpdater(Node.class, Node.class, \"next\"), usually in a static"
                            + " final field), which the linker folds");
            return;
        }
        String reflective = answerable(call.owner) || listedReflection(call) ? null : reflection(call.owner, call.name);
        if (reflective != null) {
            reportReflection(reflective, site);
            return;
        }
        if (!checkClass(call.owner, site) || !checkDescriptor(call.desc, site)) {
            return;
        }
        if (world.resolver().resolveMethod(call.owner, call.name, call.desc).isEmpty()) {
            String member = "method " + dotted(call.owner) + "." + LinkProblem.methodLabel(call.name, call.desc) + " ("
                    + call.name + call.desc + ")";
            reportMissingMember(member, call.owner, site);
        }
    }

    private void checkField(FieldInsnNode field, Site site) {
        if (field.owner.startsWith("ukl/libc/")) {
            report(
                    site,
                    Kind.LIBC,
                    "field " + dotted(field.owner) + "." + field.name + " is used, but only static "
                            + "calls of ukl.libc.Libc methods can be linked (docs/contracts.md §1)",
                    "use a compile-time constant (static final) or call a Libc method");
            return;
        }
        if ((field.owner.startsWith("java/lang/reflect/") && !answerable(field.owner))
                || field.owner.startsWith("java/lang/invoke/")) {
            reportReflection(dotted(field.owner), site);
            return;
        }
        if (!checkClass(field.owner, site) || !checkDescriptor(field.desc, site)) {
            return;
        }
        if (world.resolver().resolveField(field.owner, field.name, field.desc).isEmpty()) {
            reportMissingMember(
                    "field " + dotted(field.owner) + "." + field.name + " (" + field.desc + ")", field.owner, site);
        }
    }

    private void checkLibcCall(MethodInsnNode call, Site site) {
        boolean isStub = call.owner.equals(SyscallRewriter.LIBC) && call.getOpcode() == Opcodes.INVOKESTATIC;
        if (isStub && libc != null && ClassWorld.declaredMethod(libc, call.name, call.desc) == null) {
            report(
                    site,
                    Kind.LIBC,
                    "ukl.libc.Libc." + call.name + call.desc + " is not in ukl-libc-stubs",
                    "compile against the ukl-libc-stubs jar given to the linker");
        } else if (isStub) {
            report(
                    site,
                    Kind.LIBC,
                    "Libc." + call.name + " has no kernel implementation (ukl.kernel.sys.Sys." + call.name + " "
                            + call.desc + ")",
                    "implement it in ukl-kernel or avoid the call");
        } else {
            report(
                    site,
                    Kind.LIBC,
                    dotted(call.owner) + "." + call.name + " is used, but only static calls of "
                            + "ukl.libc.Libc methods can be linked (docs/contracts.md §1)",
                    "call a public static method of ukl.libc.Libc that the kernel implements");
        }
    }

    /** Whether {@code internalName} (a class or an array descriptor) exists; reports it when not. */
    private boolean checkClass(String internalName, Site site) {
        String name = internalName;
        if (name.startsWith("[")) {
            Type element = Type.getType(name).getElementType();
            if (element.getSort() != Type.OBJECT) {
                return true;
            }
            name = element.getInternalName();
        }
        if (world.contains(name)) {
            return true;
        }
        if (name.startsWith("java/lang/reflect/") || name.startsWith("java/lang/invoke/")) {
            reportReflection(dotted(name), site);
        } else if (name.startsWith("ukl/libc/")) {
            report(
                    site,
                    Kind.LIBC,
                    dotted(name) + " is used, but only static calls of ukl.libc.Libc methods can be "
                            + "linked (docs/contracts.md §1)",
                    "call a public static method of ukl.libc.Libc that the kernel implements");
        } else if (name.startsWith("java/")) {
            String alternative = ALTERNATIVES.get(name);
            report(
                    site,
                    Kind.MISSING_FROM_CLASS_LIBRARY,
                    dotted(name) + " is not in ukl's class library",
                    (alternative == null ? "avoid it" : "use " + alternative) + ", or add it to ukl-classlib");
        } else {
            report(
                    site,
                    Kind.MISSING_FROM_CLOSED_WORLD,
                    "class " + dotted(name) + " is not in the closed world",
                    "add the jar that contains it to the application classpath");
        }
        return false;
    }

    private boolean checkDescriptor(String desc, Site site) {
        boolean ok = true;
        Type type = Type.getType(desc);
        Type[] types = type.getSort() == Type.METHOD
                ? append(type.getArgumentTypes(), type.getReturnType())
                : new Type[] {type};
        for (Type t : types) {
            Type element = t.getSort() == Type.ARRAY ? t.getElementType() : t;
            if (element.getSort() == Type.OBJECT) {
                ok &= checkClass(element.getInternalName(), site);
            }
        }
        return ok;
    }

    private static Type[] append(Type[] args, Type ret) {
        Type[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = ret;
        return all;
    }

    private void reportMissingMember(String member, String owner, Site site) {
        if (owner.startsWith("java/")) {
            report(
                    site,
                    Kind.MISSING_FROM_CLASS_LIBRARY,
                    member + " is not in ukl's class library",
                    "avoid it, or add it to ukl-classlib");
        } else {
            report(
                    site,
                    Kind.MISSING_FROM_CLOSED_WORLD,
                    member + " does not exist in the closed world",
                    "recompile against the jars on the classpath (a dependency has a different version)");
        }
    }

    private void reportReflection(String what, Site site) {
        report(
                site,
                Kind.REFLECTION,
                what + " is reflection, which a closed world cannot resolve",
                "give it constant arguments (Class.forName(\"a.B\"), B.class.getMethod(\"m\", int.class)), which the"
                        + " linker folds, or list the class in the ukl plugin's <reflection>, or refer to it directly");
    }

    /**
     * A java.lang.reflect class the class library defines answers without metadata in a closed
     * world (reflect.Array over the image's array classes, the reflective exceptions): its uses are
     * checked as any other class's.
     */
    /** With a {@code <reflection>} list, the class library answers Class's lookups from the linker's tables. */
    ReferenceChecker allowingReflection(boolean listed) {
        this.reflectionListed = listed;
        return this;
    }

    private boolean listedReflection(MethodInsnNode call) {
        return reflectionListed && call.owner.equals("java/lang/Class") && !call.name.equals("newInstance");
    }

    private boolean answerable(String owner) {
        return owner.startsWith("java/lang/reflect/") && world.contains(owner);
    }

    /** How a reflective call reads in a message, or {@code null} when the call is not reflective. */
    static String reflection(String owner, String name) {
        if (owner.equals("java/lang/Class") && REFLECTIVE_CLASS_METHODS.contains(name)) {
            return "Class." + name;
        }
        if (owner.startsWith("java/lang/reflect/") || owner.startsWith("java/lang/invoke/")) {
            return dotted(owner) + "." + name;
        }
        return null;
    }

    static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }
}
