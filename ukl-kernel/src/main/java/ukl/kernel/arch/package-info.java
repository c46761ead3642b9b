/**
 * CPU intrinsics: the kernel's only {@code native} methods. The translator turns each into a
 * call of {@code ukl_native_<Class>_<method>}, an inline function of boot-image's
 * {@code ukl_natives.h} (docs/contracts.md §5). Nothing here runs on a JVM.
 *
 * <p>These declarations are the one list of kernel natives: the translator derives each C
 * prototype from them and the toolchain checks them against the header. Adding a native means
 * declaring it here and defining its function in {@code ukl_natives.h}, nothing else.
 */
package ukl.kernel.arch;
