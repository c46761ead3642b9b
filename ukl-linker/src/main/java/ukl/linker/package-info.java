/**
 * The closed-world linker: bytecode in, bytecode out, before the translator turns it into C.
 *
 * <p>{@link ukl.linker.Linker#link} runs the passes over one {@code World} of ASM class nodes:
 * load (application, class library as {@code java.*}, kernel), retarget {@code AppMain.main} to the
 * application's main (docs/contracts.md §2), lower {@code invokedynamic} (ProGuard cannot see
 * through it), fold reflective lookups with constant arguments into generated accessors and, for
 * the pom's {@code <reflection>} list, write the class library's tables of kept members (GraalVM
 * native-image folds the same way), rewrite {@code ukl.libc.Libc} calls into {@code ukl.kernel.sys.Sys} calls (§1), check
 * that everything reachable resolves (JVMS §5.4.3) and that its natives are implemented (§4, §5),
 * shrink with ProGuard, and verify the result.
 *
 * <p>Depends on ASM, ProGuard and ukl-classmodel (the class model and the JVM's resolution and
 * selection rules, shared with the translator); never on the JDK's own classes at link time, and
 * never on the other ukl modules (they are inputs, read as class files). The public API is {@code LinkRequest},
 * {@code Linker}, {@code LinkResult}, {@code LinkReport}, {@code LinkException} and
 * {@code LinkProblem} (with its {@code Kind}); everything else is package-private.
 *
 * <p>A failed link reports every problem at once: {@code LinkException.problems()} holds one
 * {@code LinkProblem} per site, located by the class file's {@code SourceFile} attribute and line
 * numbers; its message lists each cause once with its first sites, sorted, and a summary line.
 */
package ukl.linker;
