package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import ukl.boot.Target;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;

/**
 * The pom's {@code <reflection>} list: a program that looks classes and members up by names it
 * computes at run time links only with the classes listed, and then behaves as on the JVM byte for
 * byte (a process executable, as ProcessCorpusTest runs the corpus).
 */
class ReflectionListTest {
    private static final Path WORK = Path.of("target", "reflection-list").toAbsolutePath();
    private static final int MEMORY_MIB = 64;

    private static final String PROGRAM = """
            package reflist;

            import java.lang.reflect.Constructor;
            import java.lang.reflect.Field;
            import java.lang.reflect.Method;
            import java.util.ArrayList;
            import java.util.Collections;
            import java.util.List;

            public class Main {
                public static void main(String[] args) throws Exception {
                    String base = "reflist.";
                    for (String simple : new String[] {"Greeter", "Counter", "Missing"}) {
                        Class<?> c;
                        try {
                            c = Class.forName(base + simple);
                        } catch (ClassNotFoundException e) {
                            System.out.println("not found: " + e.getMessage());
                            continue;
                        }
                        Constructor<?> make = c.getConstructor(String.class);
                        Object o = make.newInstance("ukl");
                        List<String> declared = new ArrayList<>();
                        for (Method m : c.getMethods()) {
                            if (m.getDeclaringClass() == c) {
                                declared.add(m.toString());
                            }
                        }
                        Collections.sort(declared);
                        System.out.println(c.getSimpleName() + " " + declared + " constructors="
                                + c.getConstructors().length);
                        for (String verb : new String[] {"greet", "shout"}) {
                            try {
                                Method m = c.getMethod(verb, int.class);
                                System.out.println(verb + " -> " + m.invoke(o, 2));
                            } catch (NoSuchMethodException e) {
                                System.out.println("no method " + e.getMessage());
                            }
                        }
                        Field name = c.getField("name");
                        name.set(o, name.get(o) + "!");
                        System.out.println(name + " = " + name.get(o));
                    }
                }
            }

            class Greeter {
                public String name;
                static {
                    System.out.println("Greeter initialised");
                }

                public Greeter(String name) {
                    this.name = name;
                }

                public String greet(int times) {
                    return ("hello " + name + " ").repeat(times).trim();
                }

                public String shout(int times) {
                    return greet(times).toUpperCase();
                }
            }

            class Counter {
                public String name;
                public long count;

                public Counter(String name) {
                    this.name = name;
                }

                public Counter() {
                    this("none");
                }

                public long greet(int by) {
                    count += by;
                    return count;
                }
            }
            """;

    @Test
    void listedClassesAnswerLookupsByComputedNames() throws Exception {
        Path classes = compile();
        List<Path> classpath = List.of(classes);
        ImageResult image = Toolchain.build(new ImageRequest(
                classpath,
                "reflist.Main",
                WORK.resolve("reflist"),
                WORK.resolve("work"),
                MEMORY_MIB,
                line -> {},
                Target.PROCESS,
                List.of("reflist.Greeter", "reflist.Counter")));
        JvmRun jvm = JvmRun.of(classpath, MEMORY_MIB, "reflist.Main");
        ProcessRun run = ProcessRun.of(image.image(), MEMORY_MIB, Duration.ofSeconds(60));
        assertFalse(run.timedOut(), run.stderrText());
        assertEquals(new String(jvm.stdout(), StandardCharsets.UTF_8), run.stdoutText());
        assertEquals(new String(jvm.stderr(), StandardCharsets.UTF_8), run.stderrText());
        assertEquals(jvm.status(), run.status());
    }

    private static Path compile() throws IOException {
        Path sources = WORK.resolve("src/reflist");
        Path classes = WORK.resolve("classes");
        Files.createDirectories(sources);
        Files.createDirectories(classes);
        Path source = sources.resolve("Main.java");
        Files.writeString(source, PROGRAM);
        int status = ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, "-d", classes.toString(), "-g", "--release", "25", source.toString());
        if (status != 0) {
            throw new IllegalStateException("javac failed on " + source);
        }
        return classes;
    }
}
