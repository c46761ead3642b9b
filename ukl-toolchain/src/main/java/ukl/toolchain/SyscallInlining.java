package ukl.toolchain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import ukl.boot.InlinedCalls;
import ukl.linker.LinkReport;
import ukl.linker.LinkReport.SyscallCode;
import ukl.linker.LinkReport.SyscallSite;
import ukl.translator.Translator;

/**
 * What gcc made of the linker's rewritten system-call sites (issue #12 item 8): for each site,
 * the places its code ended up in the image and whether the kernel entry was inlined there, and
 * how deep. A site is found in the DWARF by its caller's C function ({@link Translator#functionName},
 * with or without an overload's {@code __<id>}) and, for an inlined entry, by its Java line (the
 * translator's {@code #line}); names, not files, so it holds however the C is split into units.
 *
 * <p>A call left in the code carries no line in the DWARF ({@code DW_TAG_call_site} has only a
 * return address), so where one method calls the same entry on two lines and gcc kept the calls,
 * each of its sites counts both; and of overloads of one name, a call belongs to the one declared
 * last before the site's line.
 */
final class SyscallInlining {
    private static final String SYS = "ukl/kernel/sys/Sys";

    private SyscallInlining() {}

    static List<SyscallCode> of(LinkReport report, InlinedCalls code) {
        Map<String, List<InlinedCalls.Call>> byEntry = new HashMap<>();
        List<SyscallCode> result = new ArrayList<>();
        for (SyscallSite site : report.syscallSites()) {
            String entry = site.kernelMethod().substring(site.kernelMethod().lastIndexOf('.') + 1);
            entry = entry.substring(0, entry.indexOf('('));
            String entryFunction = Translator.functionName(SYS, entry);
            List<InlinedCalls.Call> calls = byEntry.computeIfAbsent(entryFunction, f -> code.callsOf(named(f)));
            String method = site.method().substring(0, site.method().indexOf('('));
            Predicate<String> caller =
                    named(Translator.functionName(site.className().replace('.', '/'), method));
            List<InlinedCalls.Call> copies = new ArrayList<>();
            for (InlinedCalls.Call call : calls) {
                if (caller.test(call.caller()) && (!call.inlined() || call.callLine() == site.line())) {
                    copies.add(call);
                }
            }
            result.add(summary(site, report.shrunk(site), overloadOf(copies, site.line())));
        }
        return result;
    }

    /** When the copies lie in several overloads of the caller, those of the one declared last before {@code line}. */
    private static List<InlinedCalls.Call> overloadOf(List<InlinedCalls.Call> copies, int line) {
        Set<String> callers = new TreeSet<>();
        copies.forEach(c -> callers.add(c.caller()));
        if (callers.size() < 2) return copies;
        int best = -1;
        for (InlinedCalls.Call c : copies) {
            if (c.callerDeclLine() <= line && c.callerDeclLine() > best) best = c.callerDeclLine();
        }
        int decl = best;
        return copies.stream().filter(c -> c.callerDeclLine() == decl).toList();
    }

    private static SyscallCode summary(SyscallSite site, boolean shrunk, List<InlinedCalls.Call> copies) {
        int inlined = 0;
        List<String> chain = List.of();
        Set<String> left = new TreeSet<>();
        Set<String> functions = new LinkedHashSet<>();
        for (InlinedCalls.Call c : copies) {
            functions.add(c.function());
            if (!c.inlined()) continue;
            inlined++;
            left.addAll(c.callsLeft());
            if (c.chain().size() > chain.size()) chain = c.chain();
        }
        return new SyscallCode(site, shrunk, copies.size(), inlined, chain, List.copyOf(left), List.copyOf(functions));
    }

    /** One line for the build log: how many sites were inlined, how deep at most, how many stayed calls. */
    static String summaryLine(List<SyscallCode> code) {
        int inlined = 0;
        int calls = 0;
        int absent = 0;
        int shrunk = 0;
        SyscallCode deepest = null;
        for (SyscallCode c : code) {
            switch (c.verdict()) {
                case "shrunk" -> shrunk++;
                case "absent" -> absent++;
                case "call" -> calls++;
                default -> inlined++;
            }
            if (deepest == null || c.depth() > deepest.depth()) deepest = c;
        }
        String line = code.size() + " system-call sites: " + inlined + " inlined into their callers, " + calls
                + " left as calls, " + absent + " dropped by gcc, " + shrunk + " in methods shrinking removed";
        if (deepest != null && deepest.depth() > 0) {
            line += "; deepest " + deepest.depth() + " (" + String.join(" > ", deepest.chain()) + ")";
        }
        return line;
    }

    /** {@code function}, or an overload's {@code function__<id>}. */
    private static Predicate<String> named(String function) {
        return name -> name.equals(function)
                || (name.startsWith(function + "__")
                        && name.length() > function.length() + 2
                        && name.substring(function.length() + 2).chars().allMatch(Character::isDigit));
    }
}
