package java.lang;

/** The base class of record classes (JLS §8.10); the linker lowers their ObjectMethods bootstraps. */
public abstract class Record {
    protected Record() {}

    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();
}
