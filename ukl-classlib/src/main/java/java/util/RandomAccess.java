package java.util;

/** Marks lists with constant-time positional access. */
public interface RandomAccess {}
