package ukl.coverage;

import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Counts the references one class file makes into {@code java.*}, one per site: the superclass and
 * each interface; each instruction that names a class ({@code new}, {@code checkcast},
 * {@code instanceof}, {@code anewarray}, {@code multianewarray}, {@code ldc} of a class), a field or
 * a method; each exception handler's catch type. Types that appear only inside descriptors are not
 * counted: the member that carries the descriptor is.
 *
 * <p>An {@code invokedynamic} whose bootstrap the linker lowers (lambdas, string concatenation,
 * records, switches: contracts §4a) counts what the lowered code needs instead of the bootstrap:
 * the methods and fields its method handles name and, for a lambda, the functional interface. Any
 * other bootstrap counts as a reference to itself, which the class library will not have.
 *
 * <p>The bodies of serialization hooks are left out: only serialization (out of the class library's
 * scope, issue 11) calls them, so a closed world that does not serialize never reaches them and the
 * shrinker drops them. Their classes' supertypes ({@code Serializable}, {@code Externalizable})
 * still count.
 */
final class UsageScanner extends ClassVisitor {
    /** The bootstraps ukl-linker lowers, as {@code owner.name}. */
    private static final Set<String> LOWERED = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory",
            "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/invoke/StringConcatFactory.makeConcat",
            "java/lang/runtime/ObjectMethods.bootstrap",
            "java/lang/runtime/SwitchBootstraps.typeSwitch",
            "java/lang/runtime/SwitchBootstraps.enumSwitch");

    /** The serialization hooks (Java Object Serialization Specification §2–§3), as name + descriptor. */
    private static final Set<String> SERIALIZATION_HOOKS = Set.of(
            "$deserializeLambda$(Ljava/lang/invoke/SerializedLambda;)Ljava/lang/Object;",
            "writeObject(Ljava/io/ObjectOutputStream;)V",
            "readObject(Ljava/io/ObjectInputStream;)V",
            "readObjectNoData()V",
            "writeReplace()Ljava/lang/Object;",
            "readResolve()Ljava/lang/Object;",
            "writeExternal(Ljava/io/ObjectOutput;)V",
            "readExternal(Ljava/io/ObjectInput;)V");

    private final String jar;
    private final Map<Reference, Usage> usages;

    private UsageScanner(String jar, Map<Reference, Usage> usages) {
        super(Opcodes.ASM9);
        this.jar = jar;
        this.usages = usages;
    }

    /** Adds the references of class file {@code bytes}, found in {@code jar}, to {@code usages}. */
    static void scan(byte[] bytes, String jar, Map<Reference, Usage> usages) {
        new ClassReader(bytes).accept(new UsageScanner(jar, usages), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    }

    static boolean isJdk(String internalName) {
        return internalName.startsWith("java/");
    }

    private void count(Reference r) {
        if (isJdk(r.owner())) {
            usages.computeIfAbsent(r, k -> new Usage()).add(jar);
        }
    }

    /** A class named by an instruction: an array type counts as its element class. */
    private void countType(Type t) {
        Type element = t.getSort() == Type.ARRAY ? t.getElementType() : t;
        if (element.getSort() == Type.OBJECT) {
            count(Reference.ofClass(element.getInternalName()));
        }
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        if (superName != null) {
            count(Reference.ofClass(superName));
        }
        for (String i : interfaces) {
            count(Reference.ofClass(i));
        }
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
        if (SERIALIZATION_HOOKS.contains(name + desc)) {
            return null;
        }
        return new MethodVisitor(Opcodes.ASM9) {
            @Override
            public void visitTypeInsn(int opcode, String type) {
                countType(Type.getObjectType(type));
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int dims) {
                countType(Type.getType(descriptor));
            }

            @Override
            public void visitLdcInsn(Object value) {
                if (value instanceof Type t && t.getSort() != Type.METHOD) {
                    countType(t);
                } else if (value instanceof Handle h) {
                    countHandle(h);
                }
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String fname, String fdesc) {
                count(Reference.field(owner, fname, fdesc));
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String mname, String mdesc, boolean itf) {
                // methods of an array type are Object's (JVMS §5.4.3.3): clone() on arrays is not a JDK API use
                if (!owner.startsWith("[")) {
                    count(Reference.method(owner, mname, mdesc));
                }
            }

            @Override
            public void visitInvokeDynamicInsn(String iname, String idesc, Handle bsm, Object... args) {
                if (!LOWERED.contains(bsm.getOwner() + "." + bsm.getName())) {
                    countHandle(bsm);
                    return;
                }
                if (bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")) {
                    countType(Type.getReturnType(idesc));
                }
                for (Object a : args) {
                    if (a instanceof Handle h) {
                        countHandle(h);
                    }
                }
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                if (type != null) {
                    count(Reference.ofClass(type));
                }
            }
        };
    }

    private void countHandle(Handle h) {
        boolean isField = h.getTag() <= Opcodes.H_PUTSTATIC;
        count(
                isField
                        ? Reference.field(h.getOwner(), h.getName(), h.getDesc())
                        : Reference.method(h.getOwner(), h.getName(), h.getDesc()));
    }
}
