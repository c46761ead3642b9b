/**
 * The usage-weighted coverage report of the class library (DESIGN.md: class-library scope is
 * driven by it). A fixed sample of widely used jars ({@code Sample}, pinned in this module's pom)
 * is read with ASM; every reference into {@code java.*} counts once per site; each is resolved
 * against ukl-classlib by ukl-classmodel's {@code Resolver}, the linker's own rules; and the JDK's
 * public API per package is read from the running JDK's {@code java.base}. {@link
 * ukl.coverage.Coverage} renders {@code docs/classlib-coverage.md} and the summary the build
 * prints; the module's test keeps the committed page current.
 *
 * <p>Depends on ASM and ukl-classmodel; reads ukl-classlib and the sample as bytes and never loads
 * them. The public API is {@link ukl.coverage.Coverage}.
 */
package ukl.coverage;
