package ukl.translator;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import ukl.classmodel.MethodRef;

/**
 * Bodies of the native methods the translator implements (docs/contracts.md §4), and the calls
 * of kernel natives in {@code ukl.kernel.arch} to {@code ukl_native_<Class>_<method>} (§5).
 * Parameters are named {@code a0, a1, ...} (the receiver first).
 */
final class Intrinsics {
    private Intrinsics() {}

    /** Bodies that cannot throw, keyed "owner.name(desc)" with the internal owner name. */
    private static final Map<String, String> PURE = new TreeMap<>();
    /** Bodies that can leave an exception pending. */
    private static final Map<String, String> THROWING = new TreeMap<>();

    static {
        PURE.put("java/lang/Object.getClass()Ljava/lang/Class;", "return (ukl_obj *) a0->cls;");
        PURE.put("java/lang/Object.hashCode()I", "return ukl_identity_hash(a0);");
        PURE.put("java/lang/System.identityHashCode(Ljava/lang/Object;)I", "return a0 ? ukl_identity_hash(a0) : 0;");
        PURE.put("java/lang/Float.floatToRawIntBits(F)I", "return ukl_f2bits(a0);");
        PURE.put("java/lang/Float.intBitsToFloat(I)F", "return ukl_bits2f(a0);");
        PURE.put("java/lang/Double.doubleToRawLongBits(D)J", "return ukl_d2bits(a0);");
        PURE.put("java/lang/Double.longBitsToDouble(J)D", "return ukl_bits2d(a0);");
        // sqrtsd is IEEE correctly rounded, as Math.sqrt requires; -fno-math-errno keeps it inline.
        PURE.put("java/lang/Math.sqrt(D)D", "return __builtin_sqrt(a0);");
        PURE.put("java/lang/StrictMath.sqrt(D)D", "return __builtin_sqrt(a0);");
        // The class's name in modified UTF-8 (Metadata.descriptors): its bytes, of which Class makes a String.
        PURE.put("java/lang/Class.nameLength()I", "return ukl_text_length(((ukl_class *) a0)->name);");
        PURE.put("java/lang/Class.nameByte(I)B", "return (int8_t) ((ukl_class *) a0)->name[a1];");
        PURE.put("java/lang/Class.isInstance(Ljava/lang/Object;)Z", "return ukl_instanceof(a1, (ukl_class *) a0);");
        PURE.put("java/lang/Class.isArray()Z", "return (((ukl_class *) a0)->flags & UKL_CLS_ARRAY) != 0;");
        PURE.put("java/lang/Class.isInterface()Z", "return (((ukl_class *) a0)->flags & UKL_CLS_INTERFACE) != 0;");
        PURE.put("java/lang/Class.isPrimitive()Z", "return (((ukl_class *) a0)->flags & UKL_CLS_PRIMITIVE) != 0;");
        PURE.put("java/lang/Class.isAnonymousClass()Z", "return (((ukl_class *) a0)->flags & UKL_CLS_ANONYMOUS) != 0;");
        PURE.put("java/lang/Class.isLocalClass()Z", "return (((ukl_class *) a0)->flags & UKL_CLS_LOCAL) != 0;");
        PURE.put("java/lang/Class.isMemberClass()Z", "return (((ukl_class *) a0)->flags & UKL_CLS_MEMBER) != 0;");
        PURE.put(
                "java/lang/Class.enclosingClass()Ljava/lang/Class;",
                "return (ukl_obj *) ((ukl_class *) a0)->enclosing;");
        PURE.put("java/lang/Class.isEnum()Z", "return (((ukl_class *) a0)->flags & UKL_CLS_ENUM) != 0;");
        PURE.put(
                "java/lang/Class.getComponentType()Ljava/lang/Class;",
                "return (ukl_obj *) ((ukl_class *) a0)->component;");
        PURE.put("java/lang/Class.getSuperclass()Ljava/lang/Class;", "return (ukl_obj *) ((ukl_class *) a0)->super;");
        PURE.put(
                "java/lang/Class.declaredInterfaceCount()I",
                "return ((ukl_class *) a0)->flags >> UKL_CLS_DECLARED_SHIFT;");
        PURE.put(
                "java/lang/Class.declaredInterface(I)Ljava/lang/Class;",
                "return (ukl_obj *) ((ukl_class *) a0)->interfaces[a1];");
        PURE.put("java/lang/Void.voidClass()Ljava/lang/Class;", "return (ukl_obj *) &UKL_VOID_CLASS;");
        PURE.put(
                "java/lang/Throwable.methodClass(I)Ljava/lang/Class;",
                "return (ukl_obj *) ukl_method_class((uint32_t) a0);");
        // A method's name (a1 = 0) or source file (1) in modified UTF-8: its length in bytes, -1 for none, and its
        // bytes.
        PURE.put(
                "java/lang/Throwable.methodTextLength(II)I",
                "const char *t = ukl_method_text((uint32_t) a0, a1);\n    return t ? ukl_text_length(t) : -1;");
        PURE.put("java/lang/Throwable.methodTextByte(III)B", "return (int8_t) ukl_method_text((uint32_t) a0, a1)[a2];");
        // The collector's figures (ukl_gc.h): the heap is fixed, so total and max memory agree.
        PURE.put("java/lang/Runtime.totalMemory()J", "return (int64_t) ukl_gc_capacity();");
        PURE.put("java/lang/Runtime.maxMemory()J", "return (int64_t) ukl_gc_capacity();");
        PURE.put("java/lang/Runtime.freeMemory()J", "return (int64_t) (ukl_gc_capacity() - ukl_gc.used);");
        PURE.put("java/lang/Runtime.gc()V", "ukl_gc_collect();");
        PURE.put("java/lang/RuntimeSupport.allocatedBytes()J", "return (int64_t) ukl_gc.allocated;");
        PURE.put("java/lang/RuntimeSupport.collectionCount()J", "return (int64_t) ukl_gc.collections;");
        PURE.put("java/lang/ref/Reference.takePending()Ljava/lang/ref/Reference;", "return ukl_gc_take_pending();");

        // Threads (ukl_thread.h): the kernel scheduler's view of the runtime's per-thread state.
        String ctx = "ukl/kernel/sched/Context.";
        PURE.put(ctx + "create(JI)J", "return ukl_thread_create(a0, a1);");
        PURE.put(ctx + "switchTo(J)V", "ukl_thread_switch((ukl_thread *) (uintptr_t) a0);");
        PURE.put(ctx + "stackBytesCommitted()J", "return (int64_t) ukl_stacks_committed();");
        PURE.put(ctx + "mainHandle()J", "return (int64_t) (uintptr_t) &ukl_main_thread;");
        PURE.put(ctx + "retire(J)V", "ukl_thread_retire(a0);");
        PURE.put(ctx + "lockWord(Ljava/lang/Object;)J", "return (int64_t) a0->gc;");
        PURE.put(ctx + "setLockWord(Ljava/lang/Object;J)V", "a0->gc = (uint64_t) a1;");

        THROWING.put(
                "java/lang/Class.isAssignableFrom(Ljava/lang/Class;)Z",
                "if (a1 == 0) { ukl_throw_npe(); return 0; }\n    return ukl_is_subclass((ukl_class *) a1, (ukl_class *) a0);");
        THROWING.put(
                "java/lang/Class.enumConstants()[Ljava/lang/Object;",
                "return ((ukl_class *) a0)->enum_values ? ((ukl_class *) a0)->enum_values() : 0;");
        THROWING.put(
                "java/lang/reflect/Array.newArray(Ljava/lang/Class;I)Ljava/lang/Object;",
                "const ukl_class *ac = ((ukl_class *) a0)->array;\n    return ac ? ukl_new_array(ac, a1) : 0;");
        THROWING.put(
                "java/lang/System.arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V",
                "ukl_arraycopy(a0, a1, a2, a3, a4);");
        THROWING.put("java/lang/Throwable.captureBacktrace()[I", "return ukl_backtrace(&UKL_INT_ARRAY);");
        THROWING.put(
                "java/lang/Object.clone()Ljava/lang/Object;",
                "if (!(a0->cls->flags & (UKL_CLS_ARRAY | UKL_CLS_CLONEABLE))) { ukl_throw_clone_unsupported(); return 0; }\n"
                        + "    return ukl_shallow_copy(a0);");
    }

    /**
     * Bodies for methods the class library writes in Java where gcc has the instruction (HotSpot's
     * intrinsics of the same methods): a 128-bit multiply for four 32-bit ones, a bit scan for a
     * binary search. The Java stays the reference, which MathTest and IntegerParsing compare with
     * the JDK's; an image runs the instruction ({@code Clock.monotonicNanos}, six times an echo,
     * went from 34 instructions to 18). Bit counts are not here: without -mpopcnt gcc calls libgcc.
     */
    private static final Map<String, String> SUPPLIED = Map.of(
            "java/lang/Math.multiplyHigh(JJ)J", "return (int64_t) (((__int128) a0 * a1) >> 64);",
            "java/lang/Integer.numberOfLeadingZeros(I)I", "return a0 == 0 ? 32 : __builtin_clz((uint32_t) a0);",
            "java/lang/Integer.numberOfTrailingZeros(I)I", "return a0 == 0 ? 32 : __builtin_ctz((uint32_t) a0);",
            "java/lang/Long.numberOfLeadingZeros(J)I", "return a0 == 0 ? 64 : __builtin_clzll((uint64_t) a0);",
            "java/lang/Long.numberOfTrailingZeros(J)I", "return a0 == 0 ? 64 : __builtin_ctzll((uint64_t) a0);");

    /**
     * Fast paths in C for methods that stay Java for everything else: the body returns for the
     * common case, and otherwise falls through to the translated method, which keeps its checks and
     * throws what the JVM throws (a bad range, a null array). {@link Program#body} emits the translated
     * method as a cold function of its own. Here: the packet path's byte-order accessors, Ethernet
     * addresses and the Internet checksum, which the translated Java ran with a bounds check and a sign extension per
     * byte (19 instructions per 16-bit word of the checksum, 35 for a 32-bit read).
     */
    private static final Map<String, String> FAST_PATHS = Map.of(
            "ukl/kernel/net/wire/Checksum.add(J[BII)J",
            "if (UKL_RANGE_IN(a1, a2, a3)) return ukl_checksum_add(a0, (const uint8_t *) UKL_ARRAY_DATA(a1) + a2, a3);",
            "ukl/kernel/net/wire/Bytes.u8([BI)I",
            "if (UKL_RANGE_IN(a0, a1, 1)) return ((const uint8_t *) UKL_ARRAY_DATA(a0))[a1];",
            "ukl/kernel/net/wire/Bytes.put8([BII)V",
            "if (UKL_RANGE_IN(a0, a1, 1)) { ((uint8_t *) UKL_ARRAY_DATA(a0))[a1] = (uint8_t) a2; return; }",
            "ukl/kernel/net/wire/Bytes.u16([BI)I",
            "if (UKL_RANGE_IN(a0, a1, 2)) return ukl_load_be16((const uint8_t *) UKL_ARRAY_DATA(a0) + a1);",
            "ukl/kernel/net/wire/Bytes.i32([BI)I",
            "if (UKL_RANGE_IN(a0, a1, 4)) return ukl_load_be32((const uint8_t *) UKL_ARRAY_DATA(a0) + a1);",
            "ukl/kernel/net/wire/Bytes.put16([BII)V",
            "if (UKL_RANGE_IN(a0, a1, 2)) { ukl_store_be16((uint8_t *) UKL_ARRAY_DATA(a0) + a1, a2); return; }",
            "ukl/kernel/net/wire/Bytes.put32([BII)V",
            "if (UKL_RANGE_IN(a0, a1, 4)) { ukl_store_be32((uint8_t *) UKL_ARRAY_DATA(a0) + a1, a2); return; }",
            "ukl/kernel/net/wire/MacAddress.read([BI)J",
            "if (UKL_RANGE_IN(a0, a1, 6)) return ukl_load_be48((const uint8_t *) UKL_ARRAY_DATA(a0) + a1);",
            "ukl/kernel/net/wire/MacAddress.write([BIJ)V",
            "if (UKL_RANGE_IN(a0, a1, 6)) { ukl_store_be48((uint8_t *) UKL_ARRAY_DATA(a0) + a1, a2); return; }");

    /** The C fast path of {@code m} ({@link #FAST_PATHS}), or null. */
    static String fastPath(MethodRef m) {
        return (m.node().access & Opcodes.ACC_NATIVE) == 0 ? FAST_PATHS.get(key(m)) : null;
    }

    /** The methods with a {@link #fastPath}, as "owner.name(desc)". */
    static Set<String> fastPaths() {
        return FAST_PATHS.keySet();
    }

    /** Whether the translator supplies the body of {@code m}, a method with a Java body ({@link #SUPPLIED}). */
    static boolean supplies(MethodRef m) {
        return (m.node().access & Opcodes.ACC_NATIVE) == 0 && SUPPLIED.containsKey(key(m));
    }

    /** The methods whose bodies the translator supplies, as "owner.name(desc)". */
    static Set<String> supplied() {
        return SUPPLIED.keySet();
    }

    static Set<String> keys() {
        Set<String> all = new java.util.TreeSet<>(PURE.keySet());
        all.addAll(THROWING.keySet());
        return all;
    }

    /**
     * Pure bodies that are plain computations on their arguments: they cannot fault, switch threads
     * or collect, so a call of one is like an arithmetic instruction ({@link Effects}: quiet and
     * bounded). Math.sqrt in n-body's inner loop is the case that matters.
     */
    private static final Set<String> LEAF = Set.of(
            "java/lang/Float.floatToRawIntBits(F)I",
            "java/lang/Float.intBitsToFloat(I)F",
            "java/lang/Double.doubleToRawLongBits(D)J",
            "java/lang/Double.longBitsToDouble(J)D",
            "java/lang/Math.sqrt(D)D",
            "java/lang/StrictMath.sqrt(D)D");

    /** Whether this native is a {@link #LEAF}. */
    static boolean isLeaf(MethodRef m) {
        String k = key(m);
        return LEAF.contains(k) && PURE.containsKey(k);
    }

    static Set<String> leaves() {
        return LEAF;
    }

    static boolean isKernelNative(MethodRef m) {
        return KernelNative.isKernelNative(m.owner().name, m.node().access);
    }

    /** Whether calling this native can leave an exception pending. */
    static boolean mayThrow(MethodRef m) {
        return !isKernelNative(m) && !PURE.containsKey(key(m));
    }

    static String key(MethodRef m) {
        return m.owner().name + "." + m.node().name + m.node().desc;
    }

    /** The C body of a native method or of one the translator {@link #supplies}, or a TranslationException naming it. */
    static String body(MethodRef m) throws TranslationException {
        String k = key(m);
        if (supplies(m)) {
            return SUPPLIED.get(k);
        }
        String b = PURE.containsKey(k) ? PURE.get(k) : THROWING.get(k);
        if (b != null) {
            return b;
        }
        if (isKernelNative(m)) {
            return kernelCall(m);
        }
        throw new TranslationException(
                "native method " + m + " has no implementation: the translator implements the natives of"
                        + " docs/contracts.md §4, and static natives in package ukl.kernel.arch become ukl_native_<Class>_<method> calls (§5);"
                        + " write it in Java or move it to ukl.kernel.arch");
    }

    /**
     * docs/contracts.md §5: a call of the C function; {@link Program} declares its prototype, so C
     * converts each primitive to the parameter's type. A primitive array is passed as the address
     * of its element 0 (null for a null array).
     */
    private static String kernelCall(MethodRef m) throws TranslationException {
        KernelNative n = KernelNative.of(m.owner().name, m.node().name, m.node().desc);
        StringBuilder call = new StringBuilder(n.function() + "(");
        Type[] args = Type.getArgumentTypes(m.node().desc);
        for (int i = 0; i < args.length; i++) {
            call.append(i > 0 ? ", " : "");
            if (KernelNative.passedByAddress(args[i])) {
                call.append('a')
                        .append(i)
                        .append(" ? UKL_ARRAY_DATA(a")
                        .append(i)
                        .append(") : 0");
            } else {
                call.append('a').append(i);
            }
        }
        call.append(')');
        return Type.getReturnType(m.node().desc).getSort() == Type.VOID ? call + ";" : "return " + call + ";";
    }
}
