package ukl.linker;

import org.objectweb.asm.Type;

/**
 * One reason the closed world cannot be linked, located at a source line where there is one.
 *
 * @param className binary name of the class ({@code hello.Hello}), or {@code null} when the problem
 *     has no place in the code (a missing main class)
 * @param method the method with Java parameter types ({@code run(int, String)}), or {@code null}
 * @param line source line from the LineNumberTable, or {@code -1} when unknown
 * @param what what is wrong, naming the value
 * @param fix what to do instead
 */
public record LinkProblem(String className, String method, int line, String what, String fix) {

    /** {@code hello/Hello.java:12: in hello.Hello.run(): what; fix: fix}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (className != null) {
            s.append(sourcePath());
            if (line > 0) {
                s.append(':').append(line);
            }
            s.append(": in ").append(className);
            if (method != null) {
                s.append('.').append(method);
            }
            s.append(": ");
        }
        s.append(what);
        if (fix != null) {
            s.append("; fix: ").append(fix);
        }
        return s.toString();
    }

    /** The source file javac names after the outermost class: {@code a.B$C} → {@code a/B.java}. */
    private String sourcePath() {
        int nested = className.indexOf('$');
        String outer = nested < 0 ? className : className.substring(0, nested);
        return outer.replace('.', '/') + ".java";
    }

    /** {@code name(int, String[])}: how a method reads in a message. */
    static String methodLabel(String name, String descriptor) {
        StringBuilder s = new StringBuilder(name).append('(');
        Type[] args = Type.getArgumentTypes(descriptor);
        for (int i = 0; i < args.length; i++) {
            String type = args[i].getClassName();
            s.append(i == 0 ? "" : ", ").append(type.substring(type.lastIndexOf('.') + 1));
        }
        return s.append(')').toString();
    }
}
