package ukl.toolchain;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that the host has the programs the toolchain runs, before any work is done. */
final class HostTools {
    private HostTools() {}

    static void requireGcc() throws ToolchainException {
        requireGcc(System.getenv("PATH"));
    }

    static void requireGcc(String path) throws ToolchainException {
        require("gcc", "gcc", path);
        require("ld", "binutils", path);
    }

    static void requireQemu() throws ToolchainException {
        require("qemu-system-x86_64", "qemu-system-x86", System.getenv("PATH"));
    }

    private static void require(String program, String debianPackage, String path) throws ToolchainException {
        if (!onPath(program, path)) {
            throw new ToolchainException(program + " not found on PATH: install it (Debian: apt-get install "
                    + debianPackage + ")");
        }
    }

    static boolean onPath(String program, String path) {
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
