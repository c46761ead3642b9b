/**
 * The image's charsets: the six of {@link java.nio.charset.StandardCharsets}, with the JDK's
 * coder state machine and its exact treatment of malformed and unmappable input (how many
 * replacements a bad UTF-8 sequence costs, where REPORT stops). Depends on {@code java.nio}'s
 * buffers and {@code java.lang}.
 */
package java.nio.charset;
