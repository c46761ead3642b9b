package ukl.linker;

import org.objectweb.asm.Type;

/**
 * One reason the closed world cannot be linked, at one site: a source line where there is one.
 * Problems with the same kind, {@code what} and {@code fix} share one cause; the message of a
 * {@link LinkException} lists each cause once, with its sites.
 *
 * @param kind what sort of problem this is, for grouping and the summary line
 * @param className binary name of the class ({@code hello.Hello}), or {@code null} when the problem
 *     has no place in the code (a missing main class)
 * @param sourceFile the class's source file with its package path ({@code hello/pidigits.java}), from
 *     its {@code SourceFile} attribute (JVMS §4.7.10); {@code null} when the class file has none,
 *     and then the message guesses it from the class name and says so
 * @param method the method with Java parameter types ({@code run(int, String)}), or {@code null}
 * @param line source line from the LineNumberTable, or {@code -1} when unknown
 * @param what what is wrong, naming the value
 * @param fix what to do instead
 */
public record LinkProblem(
        Kind kind, String className, String sourceFile, String method, int line, String what, String fix) {

    /** The sorts of problems, in the order the message lists them, with how the summary line counts them. */
    public enum Kind {
        MAIN_CLASS("problem with the main class", "problems with the main class", "sites"),
        JAVA_CLASS_IN_APPLICATION(
                "classpath entry defining java.* classes", "classpath entries defining java.* classes", "classes"),
        MISSING_FROM_CLASS_LIBRARY(
                "API missing from ukl's class library", "APIs missing from ukl's class library", "sites"),
        MISSING_FROM_CLOSED_WORLD("API missing from the closed world", "APIs missing from the closed world", "sites"),
        REFLECTION("reflective API used", "reflective APIs used", "sites"),
        UNLOWERED_DYNAMIC("dynamic call form ukl cannot lower", "dynamic call forms ukl cannot lower", "sites"),
        LIBC("unlinkable ukl.libc use", "unlinkable ukl.libc uses", "sites"),
        UNIMPLEMENTED_NATIVE(
                "native method without an implementation", "native methods without an implementation", "sites"),
        SHRINKER("ProGuard failure", "ProGuard failures", "sites"),
        LINKER_BUG("linker bug", "linker bugs", "sites");

        private final String one;
        private final String many;
        private final String sites;

        Kind(String one, String many, String sites) {
            this.one = one;
            this.many = many;
            this.sites = sites;
        }

        /** What one problem of this kind is a site of, in the plural: {@code sites}, or {@code classes}. */
        String sitesNoun() {
            return sites;
        }

        /** {@code 3 APIs missing from ukl's class library (24 sites)}; sites only when they outnumber causes. */
        String count(int causes, int sites) {
            String s = causes + " " + (causes == 1 ? one : many);
            return sites > causes ? s + " (" + sites + " " + this.sites + ")" : s;
        }
    }

    /** {@code hello/Hello.java:12: in hello.Hello.run(): what; fix: fix}. */
    @Override
    public String toString() {
        String where = where();
        return (where.isEmpty() ? "" : where + ": ") + cause();
    }

    /** {@code what; fix: fix}: the part that sites of one cause share. */
    String cause() {
        return fix == null ? what : what + "; fix: " + fix;
    }

    /** {@code hello/Hello.java:12: in hello.Hello.run()}, or empty when the problem has no place in the code. */
    String where() {
        if (className == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(sourcePath());
        if (line > 0) {
            s.append(':').append(line);
        }
        if (sourceFile == null) {
            s.append(" (file guessed from the class name: no SourceFile attribute)");
        }
        s.append(": in ").append(className);
        if (method != null) {
            s.append('.').append(method);
        }
        return s.toString();
    }

    /** The source file, or javac's name for it after the outermost class: {@code a.B$C} → {@code a/B.java}. */
    String sourcePath() {
        if (sourceFile != null) {
            return sourceFile;
        }
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
