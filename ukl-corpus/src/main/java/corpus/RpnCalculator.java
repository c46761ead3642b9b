package corpus;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;

/** A reverse-Polish calculator on an ArrayDeque used as a stack, with its error cases. */
public final class RpnCalculator {
    private RpnCalculator() {}

    static long evaluate(String expression) {
        Deque<Long> stack = new ArrayDeque<>();
        for (String token : expression.split(" ")) {
            switch (token) {
                case "" -> {
                    // runs of spaces between tokens
                }
                case "+", "-", "*", "/", "%", "^" -> {
                    long b = stack.pop();
                    long a = stack.pop();
                    stack.push(
                            switch (token) {
                                case "+" -> a + b;
                                case "-" -> a - b;
                                case "*" -> a * b;
                                case "/" -> a / b;
                                case "%" -> a % b;
                                default -> power(a, b);
                            });
                }
                case "dup" -> stack.push(stack.peek());
                case "swap" -> {
                    long b = stack.pop();
                    long a = stack.pop();
                    stack.push(b);
                    stack.push(a);
                }
                case "neg" -> stack.push(-stack.pop());
                default -> stack.push(Long.parseLong(token));
            }
        }
        if (stack.size() != 1) {
            throw new IllegalStateException("leftover operands " + stack);
        }
        return stack.pop();
    }

    static long power(long base, long exponent) {
        long result = 1;
        for (long i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    public static void main(String[] args) {
        String[] programs = {
            "3 4 +",
            " 5 1  2 + 4 * + 3 -",
            "2 10 ^",
            "7 dup *",
            "1 2 swap -",
            "9 neg 4 %",
            "100 7 /",
            "2 62 ^ dup +",
            "1 +",
            "1 2 3",
            "4 0 /",
            "12 x *",
        };
        for (String p : programs) {
            try {
                System.out.println(p + " = " + evaluate(p));
            } catch (NoSuchElementException e) {
                System.out.println(p + " : stack underflow (" + e.getClass().getSimpleName() + ")");
            } catch (ArithmeticException | IllegalStateException e) {
                System.out.println(p + " : " + e.getMessage());
            } catch (NumberFormatException e) {
                System.out.println(p + " : bad token, " + e.getMessage());
            }
        }
    }
}
