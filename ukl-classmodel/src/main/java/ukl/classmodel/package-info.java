/**
 * One model of a closed world of classes, shared by the linker and the translator, and the JVM's
 * rules for finding members in it.
 *
 * <p>{@link ukl.classmodel.ClassWorld} holds every class as an ASM {@code ClassNode} by internal
 * name and answers hierarchy questions (superclasses, all superinterfaces, subtyping, the common
 * superclass a {@code ClassWriter} needs). {@link ukl.classmodel.Resolver} implements, over that
 * world only, field resolution (JVMS §5.4.3.2), method resolution for classes and interfaces
 * (§5.4.3.3, §5.4.3.4, with the maximally-specific superinterface methods), method selection for
 * {@code invokevirtual}/{@code invokeinterface} (§5.4.6, with the overriding rule of §5.4.5) and
 * for {@code invokespecial} (§6.5). Its answers are {@link ukl.classmodel.MethodRef} and
 * {@link ukl.classmodel.FieldRef}: the class that declares a member and the member.
 *
 * <p>The model never loads classes (it must not see the JDK's) and never throws for a class the
 * world lacks: a walk up the hierarchy stops there and a lookup answers "none". Callers decide what
 * a missing class means: the linker reports it as a link error of the site that names it, the
 * translator refuses to translate. A run-time package (JVMS §5.3) is a package name here, since a
 * closed world has one defining loader.
 *
 * <p>Depends on ASM's tree API only. The public API is the four classes named above.
 */
package ukl.classmodel;
