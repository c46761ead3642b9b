package ukl.boot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What gcc made of the calls in an image, read from its final code's DWARF (the
 * {@code <image>.debug} file): every place a function was inlined ({@code DW_TAG_inlined_subroutine},
 * DWARF 5 §3.3.8.2), with the chain of functions inlined into that copy, and every call that
 * stayed a call ({@code DW_TAG_call_site}, §3.4), by the function whose code holds it.
 *
 * <p>Why the DWARF and not gcc's optimisation records ({@code -fopt-info-inline},
 * {@code -fsave-optimization-record}): the DWARF describes the code that was finally emitted, after
 * every inlining pass and after dead code was removed, it costs nothing to produce (the image is
 * compiled with {@code -g} anyway, and reading it takes a fraction of a second), and it is per
 * function, so it does not matter how the C is split into translation units. The records describe
 * decisions, some of which later passes undo, and cost compile time.
 *
 * <p>Functions are named as in C ({@code m_ukl_kernel_sys_Sys_read}); lines are the Java lines the
 * translator's {@code #line}s gave gcc.
 */
public final class InlinedCalls {
    /**
     * One place where {@code callee} is called.
     *
     * @param function the out-of-line function whose machine code holds this place
     * @param caller the function whose body holds the call: {@code function} itself, or a function
     *     inlined into it (then this is a copy of the call inside an inlined copy of the caller)
     * @param callerDeclLine the line where {@code caller} is declared (its Java method's first line)
     * @param callLine for an inlined callee, the line of the call (the Java line); 0 for a call
     * @param inlined whether gcc inlined the callee here
     * @param chain for an inlined callee, the callee and then the deepest chain of the translated
     *     Java methods ({@code m_…}) gcc inlined into it, outermost first (C helpers in between
     *     are passed over); empty for a call
     * @param callsLeft the translated Java methods the inlined body still calls, sorted
     */
    public record Call(
            String function,
            String caller,
            int callerDeclLine,
            String callee,
            int callLine,
            boolean inlined,
            List<String> chain,
            List<String> callsLeft) {
        public Call {
            chain = List.copyOf(chain);
            callsLeft = List.copyOf(callsLeft);
        }

        /** How many Java methods deep the inlined kernel path goes (the callee itself is 1); 0 for a call. */
        public int depth() {
            return chain.size();
        }
    }

    private final Dies dies;

    private InlinedCalls(Dies dies) {
        this.dies = dies;
    }

    /** Reads {@code debugFile}'s DWARF with binutils' readelf from {@code PATH}. */
    public static InlinedCalls read(Path debugFile) throws ImageBuildException {
        return read(debugFile, System.getenv("PATH"));
    }

    static InlinedCalls read(Path debugFile, String searchPath) throws ImageBuildException {
        Gcc readelf = Gcc.binutil("readelf", searchPath);
        Path log = null;
        try {
            log = Files.createTempFile("ukl-readelf", ".log");
            Gcc.Job job = new Gcc.Job(
                    "reading the debug information of " + debugFile,
                    List.of("--debug-dump=info", debugFile.toString()),
                    log);
            // parsed as readelf writes it: the two run side by side, and the 16 MB dump of an echo server never lands
            // on disk
            Process process = readelf.startReading(job);
            InlinedCalls calls;
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.ISO_8859_1), 1 << 16)) {
                calls = parse(in);
            } finally {
                readelf.finish(process, job);
            }
            return calls;
        } catch (IOException e) {
            throw new ImageBuildException(
                    "cannot read the debug information of " + debugFile + ": " + e.getMessage(), e);
        } finally {
            try {
                if (log != null) Files.deleteIfExists(log);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }

    /** Parses the text of {@code readelf --debug-dump=info}. */
    static InlinedCalls parse(BufferedReader readelfOutput) throws IOException {
        return new InlinedCalls(Dies.parse(readelfOutput));
    }

    /** Every place a function whose name {@code callee} accepts is called or inlined, in DWARF order. */
    public List<Call> callsOf(Predicate<String> callee) {
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < dies.size(); i++) {
            int kind = dies.kind(i);
            if ((kind != Dies.INLINED && kind != Dies.CALL) || dies.noCode(i)) continue;
            String name = kind == Dies.INLINED ? dies.name(i) : dies.calleeName(i);
            if (name == null || !callee.test(name)) continue;
            int scope = dies.parent(i);
            if (scope < 0) continue; // a call outside any function cannot be one of ours
            String caller = dies.name(scope);
            int function = scope;
            while (dies.parent(function) >= 0) function = dies.parent(function);
            if (kind == Dies.CALL) {
                calls.add(new Call(
                        dies.name(function), caller, dies.declLine(scope), name, 0, false, List.of(), List.of()));
            } else {
                List<String> chain = new ArrayList<>(List.of(name));
                chain.addAll(deepestChain(i));
                Set<String> left = new TreeSet<>();
                callsLeft(i, left);
                calls.add(new Call(
                        dies.name(function),
                        caller,
                        dies.declLine(scope),
                        name,
                        dies.callLine(i),
                        true,
                        chain,
                        List.copyOf(left)));
            }
        }
        return calls;
    }

    /** The Java methods of the deepest chain of inlined copies below {@code die}, outermost first. */
    private List<String> deepestChain(int die) {
        List<String> best = List.of();
        for (int child : dies.children(die)) {
            if (dies.kind(child) != Dies.INLINED) continue;
            List<String> below = deepestChain(child);
            String name = dies.name(child);
            // a Java method counts once, also where gcc split it (fnsplit) and inlined its head into its tail
            boolean counts = isJava(name) && !name.equals(dies.name(die));
            int length = below.size() + (counts ? 1 : 0);
            if (length > best.size()) {
                List<String> chain = new ArrayList<>();
                if (counts) chain.add(name);
                chain.addAll(below);
                best = chain;
            }
        }
        return best;
    }

    private void callsLeft(int die, Set<String> into) {
        for (int child : dies.children(die)) {
            if (dies.kind(child) == Dies.CALL) {
                String callee = dies.calleeName(child);
                if (isJava(callee)) into.add(callee);
            } else if (dies.kind(child) == Dies.INLINED) {
                callsLeft(child, into);
            }
        }
    }

    /** A translated Java method (the translator names them {@code m_<class>_<method>}). */
    private static boolean isJava(String cName) {
        return cName != null && cName.startsWith("m_");
    }
}
