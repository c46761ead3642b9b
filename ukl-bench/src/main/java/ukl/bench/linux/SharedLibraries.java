package ukl.bench.linux;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host's shared objects that dynamically linked host programs need, as {@code ldd} resolves
 * them: what the guest must hold, at the same paths, for the host's binaries (the JRE's
 * {@code java}, Debian's {@code redis-server}) to run in it. The guest runs the host's own
 * binaries and libraries, so they agree with each other by construction.
 */
final class SharedLibraries {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    /** {@code libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x…)} and the loader's own line {@code /lib64/ld-linux-x86-64.so.2 (0x…)}. */
    private static final Pattern LDD_PATH = Pattern.compile("^\\s*(?:\\S+ => )?(/\\S+) \\(0x", Pattern.MULTILINE);

    private SharedLibraries() {}

    /**
     * Every library {@code ldd} names for {@code objects} outside {@code ownRoot} (the program's
     * own tree, which the guest gets whole), the dynamic loader included.
     *
     * @throws LinuxGuestException if ldd fails, or names no loader (not a glibc x86-64 host)
     */
    static Set<Path> of(List<Path> objects, Path ownRoot) throws LinuxGuestException {
        Set<Path> libraries = new TreeSet<>(of(objects));
        libraries.removeIf(library -> library.startsWith(ownRoot));
        return Set.copyOf(libraries);
    }

    /** Every library {@code ldd} names for {@code objects}, the dynamic loader included. */
    static Set<Path> of(List<Path> objects) throws LinuxGuestException {
        List<String> command = new ArrayList<>(List.of(Commands.require("ldd", "libc-bin")));
        objects.forEach(o -> command.add(o.toString()));
        Matcher m = LDD_PATH.matcher(Commands.run(command, Path.of("/"), TIMEOUT));
        Set<Path> libraries = new TreeSet<>();
        while (m.find()) libraries.add(Path.of(m.group(1)));
        if (libraries.stream().noneMatch(l -> l.getFileName().toString().startsWith("ld-linux"))) {
            throw new LinuxGuestException("ldd named no dynamic loader (ld-linux*) for " + objects.getFirst()
                    + ": the guest runs the host's binaries, which needs a glibc x86-64 host");
        }
        return Set.copyOf(libraries);
    }
}
