/**
 * The part of {@code java.lang.reflect} a closed world answers without metadata: arrays
 * ({@code Array}) and the exceptions reflective code catches. Members by name ({@code Method},
 * {@code Field}) are not here: the linker reports their use as a link error naming the site.
 */
package java.lang.reflect;
