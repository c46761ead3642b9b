package kv;

/** A value other than a string (strings are plain byte arrays): knows its Redis type and what it is charged. */
interface Value {
    /** The name TYPE answers, and the kind WRONGTYPE refers to. */
    String type();

    /** Bytes charged to {@link Memory} for the elements, excluding the key. */
    long charged();

    boolean isEmpty();
}
