package java.util.regex;

import java.util.Map;

/** The result of a match: the whole match (group 0) and each capturing group's bounds and text. */
public interface MatchResult {
    int start();

    int start(int group);

    int end();

    int end(int group);

    String group();

    String group(int group);

    int groupCount();

    default int start(String name) {
        return start(groupNumber(name));
    }

    default int end(String name) {
        return end(groupNumber(name));
    }

    default String group(String name) {
        return group(groupNumber(name));
    }

    default Map<String, Integer> namedGroups() {
        throw new UnsupportedOperationException("namedGroups()");
    }

    default boolean hasMatch() {
        throw new UnsupportedOperationException("hasMatch()");
    }

    private int groupNumber(String name) {
        java.util.Objects.requireNonNull(name, "Group name");
        Integer number = namedGroups().get(name);
        if (number == null) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return number;
    }
}
