/**
 * The Maven face of the toolchain: {@code mvn ukl:image} and {@code mvn ukl:run}.
 *
 * <p>The Mojos only map: pom and {@code -Dukl.*} parameters onto {@code ukl.toolchain} requests,
 * toolchain progress onto Maven's log, {@code ToolchainException} onto {@code MojoFailureException}
 * (STYLE.md §6). All work lives in the library modules.
 */
package ukl.maven;
