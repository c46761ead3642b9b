package ukl.kernel;

public final class AppMain {
    private AppMain() {}

    public static void main(String[] args) {
        throw new IllegalStateException("not retargeted");
    }
}
