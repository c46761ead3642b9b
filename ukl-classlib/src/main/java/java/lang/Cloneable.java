package java.lang;

/** Marks classes whose {@code Object.clone()} copies instead of throwing (the translator checks it). */
public interface Cloneable {}
