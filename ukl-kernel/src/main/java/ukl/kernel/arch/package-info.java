/**
 * CPU intrinsics: the kernel's only {@code native} methods. The translator turns each into a
 * call of {@code ukl_native_<Class>_<method>}, an inline function of boot-image's
 * {@code ukl_natives.h} (docs/contracts.md §5). Nothing here runs on a JVM.
 */
package ukl.kernel.arch;
