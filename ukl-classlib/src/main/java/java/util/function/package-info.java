/**
 * The functional interfaces of {@code java.util.function}, abstract methods only: lambdas in
 * applications are lowered by the linker into classes implementing these.
 */
package java.util.function;
