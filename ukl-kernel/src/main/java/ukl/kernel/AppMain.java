package ukl.kernel;

/**
 * Stands for the application's main class while the kernel is compiled. The linker retargets
 * every call of {@link #main} to the real {@code main(String[])} and drops this class; an image
 * in which this body runs was linked wrongly.
 */
public final class AppMain {
    private AppMain() {}

    public static void main(String[] args) {
        throw new IllegalStateException("the linker did not retarget ukl.kernel.AppMain.main");
    }
}
