/** The serial console: standard output on COM1, standard error on COM2. */
package ukl.kernel.console;
