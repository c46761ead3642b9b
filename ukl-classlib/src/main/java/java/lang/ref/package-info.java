/**
 * Reference objects that the image's collector clears ({@code ukl_gc.h}, section "references").
 * Marking does not follow a {@link java.lang.ref.Reference}'s referent; after marking, the
 * collector clears the referents it did not reach and hands the references registered with a
 * queue to {@link java.lang.ref.ReferenceQueue} through {@code Reference.takePending()}. Soft
 * referents are kept until the collection run just before an {@link OutOfMemoryError}. Depends
 * on {@code java.lang} only; the collector reads {@code Reference}'s first three fields by offset
 * (docs/contracts.md §4).
 */
package java.lang.ref;
