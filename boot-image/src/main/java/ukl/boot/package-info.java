/**
 * Turns the translator's C into a bootable image: gcc and ld, a PVH boot stub, a linker script.
 *
 * <p>{@link ukl.boot.ImageBuilder#build} compiles the program's C files together with the boot
 * sources (resources under {@code ukl/boot/}: {@code pvh.S}, {@code boot.c}, …, {@code link.ld})
 * into one static, freestanding ELF64 that QEMU starts with {@code -kernel} through the PVH boot
 * protocol (docs/contracts.md §5–7). The boot objects depend only on their sources, the flags and
 * the gcc version, so they are compiled once and cached; the program's C is compiled every time.
 *
 * <p>The C side of the contract: {@code ukl_boot.h} (heap, command line, TSC rate, console,
 * exit, panic; the runtime defines {@code ukl_main}), {@code ukl_natives.h} (the kernel's
 * {@code native} methods: its definitions are the one list of what the boot code implements,
 * {@link ukl.boot.ImageBuilder#nativeFunctions} reads them) and {@code ukl_image.h} (the statics
 * range for a garbage collector). The boot code also defines {@code memcpy}, {@code memmove},
 * {@code memset} and {@code memcmp}, which gcc may call from any code.
 *
 * <p>{@link ukl.boot.InlinedCalls} reads back from an image's debug file what gcc made of its
 * calls: where a function was inlined and how deep, and which calls stayed calls.
 *
 * <p>Depends on nothing but the JDK and, at run time, gcc and binutils (ld, objcopy, readelf) on the PATH. Failures are
 * {@link ukl.boot.ImageBuildException}s whose message is meant for the user as it stands.
 */
package ukl.boot;
