package ukl.translator;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import ukl.classmodel.FieldRef;

/**
 * Instructions that touch memory (JVMS §6.5): field access with its class initialisation and
 * null checks, array element access with null and bounds checks and the aastore type check,
 * the collector's write barrier after a reference store (ukl_gc.h, "generations"), array
 * creation, and ldc. Fields are read at the offsets {@link Layout} chose; statics are C
 * globals.
 */
final class MemoryEmitter {
    private final Program program;
    private final Layout layout;
    private final World world;
    private final MethodEmitter out;

    MemoryEmitter(Program program, MethodEmitter out) {
        this.program = program;
        this.layout = program.layout;
        this.world = program.world;
        this.out = out;
    }

    private static final String[] ELEMENT = {
        "int32_t", "int64_t", "float", "double", "ukl_obj *", "int8_t", "uint16_t", "int16_t"
    };

    /** The array at stack entry {@code arrayDepth} below the top, indexed by the one at {@code idxDepth}. */
    private void boundsCheck(int arrayDepth, int idxDepth) throws TranslationException {
        String idx = out.top(idxDepth);
        String length = out.arrayLength(arrayDepth);
        out.nullCheck(arrayDepth);
        out.emit("if (UKL_UNLIKELY((uint32_t) " + idx + " >= (uint32_t) " + length + ")) { "
                + out.raise("ukl_throw_index", idx + ", " + length) + "goto " + out.onThrow() + "; }");
    }

    void arrayLoad(int op) throws TranslationException {
        int t = op - Opcodes.IALOAD;
        boundsCheck(1, 0);
        char k = "ijfdaiii".charAt(t);
        out.emit(
                out.push(2, k) + " = ((" + ELEMENT[t] + " *) UKL_ARRAY_DATA(" + out.top(1) + "))[" + out.top(0) + "];");
    }

    void arrayStore(AbstractInsnNode insn) throws TranslationException {
        int op = insn.getOpcode();
        int t = op - Opcodes.IASTORE;
        boundsCheck(2, 1);
        if (op == Opcodes.AASTORE) {
            out.emit("if (UKL_UNLIKELY(!ukl_store_ok(" + out.top(2) + ", " + out.top(0) + "))) { "
                    + out.raise("ukl_throw_store", out.top(0)) + "goto " + out.onThrow() + "; }");
        }
        out.emit("((" + ELEMENT[t] + " *) UKL_ARRAY_DATA(" + out.top(2) + "))[" + out.top(1) + "] = (" + ELEMENT[t]
                + ") " + out.top(0) + ";");
        if (op == Opcodes.AASTORE && mayStoreHeapObject(insn)) {
            out.emit("ukl_gc_remember(" + out.top(2) + ");");
        }
    }

    void newArray(String desc) throws TranslationException {
        String r = out.push(1, 'a');
        out.emit(r + " = ukl_new_array(&" + layout.symbol(desc) + ", " + out.top(0) + ");");
        out.emit("if (UKL_UNLIKELY(" + r + " == 0)) goto " + out.onThrow() + ";");
    }

    void ldc(Object cst) throws TranslationException {
        if (cst instanceof Integer i) {
            out.emit(out.push(0, 'i') + " = " + Names.intLiteral(i) + ";");
        } else if (cst instanceof Float f) {
            out.emit(out.push(0, 'f') + " = " + Names.floatLiteral(f) + ";");
        } else if (cst instanceof Long l) {
            out.emit(out.push(0, 'j') + " = " + Names.longLiteral(l) + ";");
        } else if (cst instanceof Double d) {
            out.emit(out.push(0, 'd') + " = " + Names.doubleLiteral(d) + ";");
        } else if (cst instanceof String s) {
            out.emit(out.push(0, 'a') + " = " + program.literals.ref(s) + ";");
        } else if (cst instanceof Type t && (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY)) {
            out.emit(out.push(0, 'a') + " = (ukl_obj *) &" + layout.symbol(t) + ";");
        } else {
            throw out.error("ldc of " + cst.getClass().getSimpleName() + " " + cst
                    + " is not supported (method types, method handles and dynamic constants need the JVM's linkage)");
        }
    }

    void field(FieldInsnNode insn) throws TranslationException {
        FieldRef f = world.resolveField(insn.owner, insn.name, insn.desc);
        Type type = Type.getType(insn.desc);
        String storage = Names.storage(type);
        char k = Names.kind(type);
        switch (insn.getOpcode()) {
            case Opcodes.GETSTATIC -> {
                out.initCheck(f.owner().name);
                String value = program.preinitialized.finalValue(f, program.literals, !program.split);
                out.emit(out.push(0, k) + " = " + (value != null ? value : layout.staticSymbol(f)) + ";");
            }
            case Opcodes.PUTSTATIC -> {
                out.initCheck(f.owner().name);
                out.emit(layout.staticSymbol(f) + " = " + narrow(type, out.top(0)) + ";");
            }
            case Opcodes.GETFIELD -> {
                out.nullCheck(0);
                out.emit(out.push(1, k) + " = *(" + storage + " *) ((char *) " + out.top(0) + " + "
                        + layout.fieldOffset(f) + ");");
            }
            default -> {
                out.nullCheck(1);
                out.emit("*(" + storage + " *) ((char *) " + out.top(1) + " + " + layout.fieldOffset(f) + ") = "
                        + narrow(type, out.top(0)) + ";");
                if (k == 'a' && mayStoreHeapObject(insn)) {
                    out.emit("ukl_gc_remember(" + out.top(1) + ");");
                }
            }
        }
    }

    /**
     * Whether a reference store needs the collector's write barrier (ukl_gc.h, "generations"): not
     * when the value is null or a literal (a String or class constant, which lives outside the heap
     * and is never collected), as in {@code next = null}; a third of the echo server's stores.
     */
    private static boolean mayStoreHeapObject(AbstractInsnNode store) {
        AbstractInsnNode value = store.getPrevious();
        if (value == null) {
            return true;
        }
        return !(value.getOpcode() == Opcodes.ACONST_NULL
                || (value instanceof LdcInsnNode ldc && (ldc.cst instanceof String || ldc.cst instanceof Type)));
    }

    /** JVMS putfield/putstatic: a boolean field keeps only bit 0 of the int value. */
    private static String narrow(Type type, String value) {
        return switch (type.getSort()) {
            case Type.BOOLEAN -> "(uint8_t) (" + value + " & 1)";
            case Type.BYTE -> "(int8_t) " + value;
            case Type.CHAR -> "(uint16_t) " + value;
            case Type.SHORT -> "(int16_t) " + value;
            default -> value;
        };
    }
}
