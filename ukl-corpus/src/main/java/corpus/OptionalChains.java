package corpus;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;

/** Optional and OptionalInt the way lookups use them: map, filter, flatMap, or, orElse. */
public final class OptionalChains {
    private OptionalChains() {}

    record User(String name, String email, Integer age) {}

    static final List<User> USERS = List.of(
            new User("ann", "ann@example.org", 34),
            new User("bob", null, 19),
            new User("cid", "cid@example.net", null));

    static Optional<User> find(String name) {
        for (User u : USERS) {
            if (u.name().equals(name)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    static Optional<String> domain(User u) {
        return Optional.ofNullable(u.email()).map(e -> e.substring(e.indexOf('@') + 1));
    }

    static OptionalInt firstOver(int[] values, int limit) {
        for (int v : values) {
            if (v > limit) {
                return OptionalInt.of(v);
            }
        }
        return OptionalInt.empty();
    }

    public static void main(String[] args) {
        for (String name : new String[] {"ann", "bob", "cid", "dan"}) {
            Optional<User> user = find(name);
            String dom = user.flatMap(OptionalChains::domain).orElse("(no domain)");
            String adult = user.map(User::age)
                    .filter(a -> a >= 21)
                    .map(a -> "adult " + a)
                    .orElseGet(() -> "not known adult");
            System.out.println(name + ": " + user.map(User::name).map(String::toUpperCase) + " " + dom + " " + adult);
            user.ifPresentOrElse(
                    u -> System.out.println("  found " + u), () -> System.out.println("  missing " + name));
        }
        Optional<String> none = Optional.empty();
        System.out.println(
                none + " " + none.isPresent() + " " + none.isEmpty() + " " + none.or(() -> Optional.of("fallback")));
        System.out.println(Optional.of("x").equals(Optional.of("x")) + " "
                + Optional.of("x").hashCode() + " " + none.hashCode());
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println("get: " + e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalStateException("nothing here"));
        } catch (IllegalStateException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("of(null) throws NPE");
        }
        int[] values = {3, 9, 14, 2};
        OptionalInt big = firstOver(values, 10);
        OptionalInt huge = firstOver(values, 100);
        System.out.println(big + " " + huge + " " + big.getAsInt() + " " + huge.orElse(-1) + " " + huge.isEmpty());
        big.ifPresent(v -> System.out.println("first over 10 is " + v));
        System.out.println(
                big.equals(OptionalInt.of(14)) + " " + huge.equals(OptionalInt.empty()) + " " + big.hashCode());
    }
}
