package corpus;

import java.util.stream.IntStream;

/** String.chars() the way ordinary code uses it: counting, filtering, summing, distinct letters. */
public final class StringChars {
    private StringChars() {}

    public static void main(String[] args) {
        String text = "The quick brown fox jumps over the lazy dog, 42 times!";
        System.out.println("letters " + text.chars().filter(Character::isLetter).count());
        System.out.println("digits sum "
                + text.chars().filter(Character::isDigit).map(c -> c - '0').sum());
        System.out.println(
                "vowels " + text.chars().filter(c -> "aeiou".indexOf(c) >= 0).count());
        StringBuilder distinct = new StringBuilder();
        text.toLowerCase()
                .chars()
                .filter(Character::isLetter)
                .distinct()
                .sorted()
                .forEach(c -> distinct.append((char) c));
        System.out.println("distinct " + distinct);
        System.out.println("pangram " + (distinct.length() == 26));
        System.out.println("max " + (char) text.chars().max().getAsInt() + " min "
                + (int) text.chars().min().getAsInt());
        System.out.println("upper? " + text.chars().anyMatch(Character::isUpperCase) + " "
                + text.chars().allMatch(c -> c < 128) + " " + text.chars().noneMatch(c -> c == '#'));
        int[] firstFive = new StringBuilder("abcdefgh").chars().skip(1).limit(5).toArray();
        System.out.println("slice " + java.util.Arrays.toString(firstFive));
        System.out.println("range " + IntStream.range(0, 10).reduce(0, (a, b) -> a * 2 + b));
        System.out.println("empty max " + "".chars().max().isPresent());
    }
}
