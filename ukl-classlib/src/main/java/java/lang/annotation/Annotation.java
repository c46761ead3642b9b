package java.lang.annotation;

/** The interface every annotation type extends. An image keeps no annotations, so nothing implements it. */
public interface Annotation {
    boolean equals(Object obj);

    int hashCode();

    String toString();

    Class<? extends Annotation> annotationType();
}
