/**
 * The console facade: standard output and standard error go to the fastest device the machine
 * has for each (a virtio console where QEMU gives one, else COM1 and COM2), standard input comes
 * from COM1's receiver (polled, never blocking here; the system calls wait for it in
 * {@code sys.Waiter}). The layers above name no driver. Depends on {@code drivers.console},
 * {@code hw} and {@code hw.pci}.
 */
package ukl.kernel.console;
