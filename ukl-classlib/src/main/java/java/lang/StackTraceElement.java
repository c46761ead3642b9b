package java.lang;

import java.io.Serializable;
import java.util.Objects;

/** One frame of a stack trace, printed the way the JVM prints it. */
public final class StackTraceElement implements Serializable {
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;
    private final String moduleName;

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        this(null, declaringClass, methodName, fileName, lineNumber);
    }

    public StackTraceElement(
            String moduleName, String declaringClass, String methodName, String fileName, int lineNumber) {
        this.moduleName = moduleName;
        this.declaringClass = Objects.requireNonNull(declaringClass, "Declaring class is null");
        this.methodName = Objects.requireNonNull(methodName, "Method name is null");
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    /** A frame of a captured stack: the JDK's own classes are java.base's, the rest unnamed. */
    static StackTraceElement ofFrame(String declaringClass, String methodName, String fileName, int lineNumber) {
        String module = declaringClass.startsWith("java.") ? "java.base" : null;
        return new StackTraceElement(module, declaringClass, methodName, fileName, lineNumber);
    }

    public String getClassName() {
        return declaringClass;
    }

    public String getMethodName() {
        return methodName;
    }

    public String getFileName() {
        return fileName;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getModuleName() {
        return moduleName;
    }

    public boolean isNativeMethod() {
        return lineNumber == -2;
    }

    /**
     * {@code java.base/java.lang.Integer.parseInt(Integer.java:662)}: the JDK names the module of
     * its own classes and drops the built-in class loaders' names.
     */
    @Override
    public String toString() {
        String module = moduleName;
        String where;
        if (isNativeMethod()) {
            where = "(Native Method)";
        } else if (fileName == null) {
            where = "(Unknown Source)";
        } else if (lineNumber >= 0) {
            where = "(" + fileName + ":" + lineNumber + ")";
        } else {
            where = "(" + fileName + ")";
        }
        return (module != null ? module + "/" : "") + declaringClass + "." + methodName + where;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StackTraceElement e
                && e.lineNumber == lineNumber
                && e.declaringClass.equals(declaringClass)
                && e.methodName.equals(methodName)
                && Objects.equals(e.fileName, fileName)
                && Objects.equals(e.moduleName, moduleName);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * declaringClass.hashCode() + methodName.hashCode()) + Objects.hashCode(fileName) + lineNumber;
    }
}
