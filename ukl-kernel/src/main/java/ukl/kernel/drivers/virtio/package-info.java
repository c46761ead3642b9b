/**
 * VirtIO over the legacy PCI interface: the register block in I/O BAR0
 * ({@link ukl.kernel.drivers.virtio.LegacyVirtio}, VirtIO 1.1 §4.1.4.8) and split virtqueues in
 * the legacy layout ({@link ukl.kernel.drivers.virtio.Virtqueue}, §2.6, §2.6.2).
 *
 * <p>Read VirtIO 1.1 §2.6 (split virtqueues), §3.1 (device initialisation; legacy has no
 * FEATURES_OK, §3.1.2) and §4.1.4.8 before changing this package. Everything is in guest byte
 * order, which legacy devices use and which is little-endian on x86.
 *
 * <p>Contract: the driver suppresses used-buffer notifications ({@code VRING_AVAIL_F_NO_INTERRUPT})
 * and polls the used ring; it notifies the device only when the device has not set
 * {@code VRING_USED_F_NO_NOTIFY}. The modern interface (1af4:1041) and virtio-mmio are not here
 * yet. Depends on {@code hw}.
 */
package ukl.kernel.drivers.virtio;
