package ukl.coverage;

/**
 * A symbolic reference into the JDK's API as a class file states it (JVMS §4.4): a class by
 * internal name, or a field or method by owner, name and descriptor.
 */
record Reference(Kind kind, String owner, String name, String desc) implements Comparable<Reference> {
    public enum Kind {
        CLASS,
        FIELD,
        METHOD
    }

    static Reference ofClass(String internalName) {
        return new Reference(Kind.CLASS, internalName, "", "");
    }

    static Reference field(String owner, String name, String desc) {
        return new Reference(Kind.FIELD, owner, name, desc);
    }

    static Reference method(String owner, String name, String desc) {
        return new Reference(Kind.METHOD, owner, name, desc);
    }

    /** The package of the owner, dotted ({@code java.util.function}). */
    public String packageName() {
        int slash = owner.lastIndexOf('/');
        return slash < 0 ? "" : owner.substring(0, slash).replace('/', '.');
    }

    /** {@code java.lang.Void}, {@code java.lang.Void.TYPE:Ljava/lang/Class;}, {@code java.lang.String.length()I}. */
    @Override
    public String toString() {
        String cls = owner.replace('/', '.');
        return switch (kind) {
            case CLASS -> cls;
            case FIELD -> cls + "." + name + ":" + desc;
            case METHOD -> cls + "." + name + desc;
        };
    }

    @Override
    public int compareTo(Reference o) {
        return toString().compareTo(o.toString());
    }
}
