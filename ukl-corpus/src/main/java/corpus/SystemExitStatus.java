package corpus;

/** System.exit with a chosen status, from inside a try with finally (which must not run). */
public final class SystemExitStatus {
    private SystemExitStatus() {}

    public static void main(String[] args) {
        System.out.println("exiting with 42");
        try {
            System.exit(42);
        } finally {
            System.out.println("finally must not run");
        }
    }
}
