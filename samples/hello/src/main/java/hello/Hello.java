package hello;

/** The smallest ukl application: prints a greeting and its arguments, then exits with status 0. */
public final class Hello {
    private Hello() {}

    public static void main(String[] args) {
        System.out.println("Hello from ukl!");
        for (int i = 0; i < args.length; i++) {
            System.out.println("arg " + i + ": " + args[i]);
        }
    }
}
