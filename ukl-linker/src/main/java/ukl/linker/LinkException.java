package ukl.linker;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** The closed world cannot be linked; {@link #problems()} says everything that stands in the way. */
public final class LinkException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<LinkProblem> problems;

    LinkException(List<LinkProblem> problems) {
        super(problems.stream().map(LinkProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<LinkProblem> problems() {
        return problems;
    }
}
