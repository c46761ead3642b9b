/**
 * The base classes of selectors, selectable channels and keys, with the JDK's bookkeeping (keys
 * per channel, cancelled keys, close once). There is no {@code SelectorProvider}: images have one
 * selector, over {@code poll(2)}, which {@code Selector.open()} makes directly. Depends on
 * {@code java.nio.channels} and {@code java.util}.
 */
package java.nio.channels.spi;
