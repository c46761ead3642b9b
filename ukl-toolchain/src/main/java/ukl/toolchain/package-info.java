/**
 * The toolchain as a library: one call turns an application's classpath into a bootable image,
 * another boots it.
 *
 * <p>{@link ukl.toolchain.Toolchain#build} reads as the pipeline: check the host tools, locate the
 * platform (class library, kernel, libc stubs), link ({@code ukl-linker}), translate to C
 * ({@code ukl-translator}), compile and link the image ({@code boot-image}), read from the image's
 * DWARF what gcc made of each rewritten system-call site ({@code SyscallInlining}: inlined into
 * its caller and how deep, or left a call), write the link report. The linker accepts the natives someone implements: the translator's intrinsics and each
 * kernel native (declared in {@code ukl.kernel.arch}) whose C function boot-image's
 * {@code ukl_natives.h} defines (docs/contracts.md §5). The Maven plugin, the tests and the
 * benchmark all go through here; nothing in this package knows about Maven. Failures are
 * {@link ukl.toolchain.ToolchainException}s whose message is meant for the user as it stands.
 * {@code ukl.toolchain.oci} packages a built image for container engines.
 */
package ukl.toolchain;
