package java.io;

/** A marker only: images do not serialise, but library types keep the JDK's supertypes. */
public interface Serializable {}
