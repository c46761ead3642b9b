/**
 * {@code java.util.stream} for a closed world: a few classes, one per stream shape
 * ({@link java.util.stream.RefPipeline}, {@code IntPipeline}, {@code LongPipeline},
 * {@code DoublePipeline}) over the shared stage rules of {@link java.util.stream.Pipeline}. Each
 * stage pulls from the one before it through an iterator, so streams are lazy where the JDK's
 * are (short-circuiting, infinite sources under {@code limit}), side effects come in the JDK's
 * order, a stage is used once ("stream has already been operated upon or closed"), and
 * {@code onClose}/{@code close} run the source's handlers once. {@code parallel()} only sets the
 * flag: images run every stream sequentially, which gives the results a sequential JDK stream
 * gives. {@link java.util.stream.Collectors} uses the JDK's containers, messages and compensated
 * double sums, so printed results agree byte for byte.
 *
 * <p>Depends on {@code java.util} (collections, spliterators, optionals, summary statistics) and
 * {@code java.util.function}; nothing below the class library.
 */
package java.util.stream;
