/**
 * The serial console: standard output on COM1, standard error on COM2, standard input from COM1's
 * receiver (polled, never blocking here; the system calls wait for it in {@code sys.Waiter}).
 */
package ukl.kernel.console;
