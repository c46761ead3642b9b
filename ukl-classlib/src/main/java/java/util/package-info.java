/**
 * The image's {@code java.util} subset: Objects, Arrays, Comparator and the collections the
 * class library needs. Same rules as {@code java.lang}: closed over this module, no lambdas.
 */
package java.util;
