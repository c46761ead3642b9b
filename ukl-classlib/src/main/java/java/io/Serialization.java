package java.io;

/**
 * Java serialization is out of ukl's scope (issue 11): its object streams exist so that code that
 * mentions them links, and creating one fails at once with this exception, never pretending to
 * write or read an object graph.
 */
final class Serialization {
    private Serialization() {}

    static UnsupportedOperationException unsupported(String stream) {
        return new UnsupportedOperationException("ukl does not support Java serialization: " + stream
                + " cannot be used in an image; write the fields with DataOutputStream/DataInputStream or a text"
                + " format instead");
    }
}
