/**
 * Programs that read their standard input: in an image, the serial console's input, ended by a
 * Ctrl-D as at a terminal. Apart from {@code corpus}, whose programs run without input.
 */
package corpus.console;
