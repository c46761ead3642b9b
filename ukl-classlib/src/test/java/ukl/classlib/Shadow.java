package ukl.classlib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;

/**
 * Runs algorithm classes of the class library on the JVM. java.* classes cannot load there, so
 * the chosen classes are renamed into package {@code shadow}; their references to other library
 * classes then resolve to the JDK's, which have the same public API. That works for classes that
 * use only public JDK API besides each other (the floating-point conversions, Sorting, Math).
 * Two package-private String members the library uses are bridged to public ones: the sharing
 * constructor {@code String(char[], boolean)} becomes {@code String(char[])}, and
 * {@code value()} becomes {@code toCharArray()}.
 */
final class Shadow extends ClassLoader {
    private final Map<String, String> renames = new HashMap<>();

    Shadow(String... internalNames) {
        super(Shadow.class.getClassLoader());
        for (String n : internalNames) {
            renames.put(n, "shadow/" + n.substring(n.lastIndexOf('/') + 1));
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String internal = name.replace('.', '/');
        for (Map.Entry<String, String> e : renames.entrySet()) {
            if (e.getValue().equals(internal) || internal.startsWith(e.getValue() + "$")) {
                String original = e.getKey() + internal.substring(e.getValue().length());
                byte[] bytes = remap(original);
                return defineClass(name, bytes, 0, bytes.length);
            }
        }
        throw new ClassNotFoundException(name);
    }

    private byte[] remap(String original) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of("target/classes", original + ".class"));
            ClassWriter writer = new ClassWriter(0);
            new ClassReader(bytes)
                    .accept(
                            new ClassRemapper(new StringBridge(writer), new SimpleRemapper(renames) {
                                @Override
                                public String map(String key) {
                                    String direct = super.map(key);
                                    if (direct != null) {
                                        return direct;
                                    }
                                    int dollar = key.indexOf('$');
                                    // keys with a dot are field and method names, which keep their names
                                    String outer = dollar < 0 || key.indexOf('.') >= 0
                                            ? null
                                            : super.map(key.substring(0, dollar));
                                    return outer == null ? null : outer + key.substring(dollar);
                                }
                            }),
                            0);
            return writer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rewrites uses of String's package-private members into public equivalents, and drops the
     * store of a thread's interruptible-channel blocker ({@code java.lang.ThreadBlocker}), a field
     * the JDK's Thread does not have (nothing interrupts a blocked channel in these tests).
     */
    private static final class StringBridge extends ClassVisitor {
        StringBridge(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, desc, signature, exceptions)) {
                @Override
                public void visitFieldInsn(int opcode, String owner, String fname, String fdesc) {
                    if (opcode == Opcodes.PUTFIELD && owner.equals("java/lang/Thread") && fname.equals("blocker")) {
                        super.visitInsn(Opcodes.POP2);
                    } else {
                        super.visitFieldInsn(opcode, owner, fname, fdesc);
                    }
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String mname, String mdesc, boolean itf) {
                    if (owner.equals("java/lang/String") && mname.equals("<init>") && mdesc.equals("([CZ)V")) {
                        super.visitInsn(Opcodes.POP);
                        super.visitMethodInsn(opcode, owner, mname, "([C)V", itf);
                    } else if (owner.equals("java/lang/String") && mname.equals("value")) {
                        super.visitMethodInsn(opcode, owner, "toCharArray", mdesc, itf);
                    } else {
                        super.visitMethodInsn(opcode, owner, mname, mdesc, itf);
                    }
                }
            };
        }
    }

    /** A static method of the shadow of {@code internalName}, made accessible. */
    Method method(String internalName, String name, Class<?>... parameters) {
        try {
            Class<?> c = loadClass(renames.get(internalName).replace('/', '.'));
            Method m = c.getDeclaredMethod(name, parameters);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object call(Method m, Object... args) throws Throwable {
        try {
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The shadow class of {@code internalName}. */
    Class<?> type(String internalName) {
        try {
            return loadClass(renames.get(internalName).replace('/', '.'));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls the method {@code name} of {@code target} (a Class for static methods) whose parameters take {@code args}. */
    static Object invoke(Object target, String name, Object... args) throws Throwable {
        Class<?> c = target instanceof Class<?> k ? k : target.getClass();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (m.getName().equals(name) && accepts(m.getParameterTypes(), args)) {
                    m.setAccessible(true);
                    try {
                        return m.invoke(target instanceof Class<?> ? null : target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        }
        throw new NoSuchMethodException(c.getName() + "." + name + " for " + args.length + " arguments");
    }

    /** A new instance of {@code c} through the constructor whose parameters take {@code args}. */
    static Object construct(Class<?> c, Object... args) throws Throwable {
        for (var k : c.getDeclaredConstructors()) {
            if (accepts(k.getParameterTypes(), args)) {
                k.setAccessible(true);
                try {
                    return k.newInstance(args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
        throw new NoSuchMethodException(c.getName() + ".<init> for " + args.length + " arguments");
    }

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            int.class,
            Integer.class,
            long.class,
            Long.class,
            boolean.class,
            Boolean.class,
            short.class,
            Short.class,
            byte.class,
            Byte.class,
            char.class,
            Character.class);

    private static boolean accepts(Class<?>[] parameters, Object[] args) {
        if (parameters.length != args.length) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            Class<?> p = parameters[i].isPrimitive() ? BOXES.get(parameters[i]) : parameters[i];
            if (args[i] == null ? parameters[i].isPrimitive() : !p.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }
}
