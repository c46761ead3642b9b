package corpus;

/** The smallest program: one line on standard output, exit status 0. */
public final class HelloWorld {
    private HelloWorld() {}

    public static void main(String[] args) {
        System.out.println("Hello, world!");
    }
}
