package corpus;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * A plugin registry in the style of real code: implementations named by constant strings,
 * loaded with Class.forName and created with getDeclaredConstructor().newInstance(), which the
 * linker folds. A missing plugin is a ClassNotFoundException; forName runs static initialisers.
 */
public final class ReflectionPlugins {
    private ReflectionPlugins() {}

    /** What every plugin does. */
    public interface Plugin {
        String name();

        String apply(String input);
    }

    /** Upper-cases its input. */
    public static final class Upper implements Plugin {
        public Upper() {}

        @Override
        public String name() {
            return "upper";
        }

        @Override
        public String apply(String input) {
            return input.toUpperCase();
        }
    }

    /** Reverses its input. */
    public static final class Reverse implements Plugin {
        public Reverse() {}

        @Override
        public String name() {
            return "reverse";
        }

        @Override
        public String apply(String input) {
            return new StringBuilder(input).reverse().toString();
        }
    }

    /** Wraps its input in a prefix given to the constructor; announces its loading. */
    public static final class Prefix implements Plugin {
        static int loaded;

        static {
            loaded++;
            System.out.println("Prefix initialised");
        }

        private final String prefix;

        public Prefix(String prefix) {
            this.prefix = prefix;
        }

        public Prefix(String prefix, int times) {
            this.prefix = prefix.repeat(times);
        }

        @Override
        public String name() {
            return "prefix(" + prefix + ")";
        }

        @Override
        public String apply(String input) {
            return prefix + input;
        }
    }

    /** A plugin whose constructor fails. */
    public static final class Broken implements Plugin {
        public Broken() {
            throw new IllegalStateException("broken on purpose");
        }

        @Override
        public String name() {
            return "broken";
        }

        @Override
        public String apply(String input) {
            return input;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Plugin> plugins = new ArrayList<>();
        plugins.add((Plugin) Class.forName("corpus.ReflectionPlugins$Upper")
                .getDeclaredConstructor()
                .newInstance());
        Class<?> reverse = Class.forName("corpus.ReflectionPlugins$Reverse");
        System.out.println("loaded " + reverse.getName() + " plugin=" + Plugin.class.isAssignableFrom(reverse));
        plugins.add((Plugin) reverse.getConstructor().newInstance());

        System.out.println("before forName(Prefix)");
        Class<?> prefix = Class.forName("corpus.ReflectionPlugins$Prefix");
        System.out.println("after forName(Prefix): " + Prefix.loaded);
        Constructor<?> one = prefix.getDeclaredConstructor(String.class);
        Constructor<?> two = prefix.getConstructor(String.class, int.class);
        plugins.add((Plugin) one.newInstance(">"));
        plugins.add((Plugin) two.newInstance("ab", 3));
        System.out.println(one + " / " + two.getParameterCount() + " parameters, varargs=" + two.isVarArgs());
        System.out.println(one.getName() + " " + one.getDeclaringClass().getSimpleName() + " "
                + one.equals(prefix.getDeclaredConstructor(String.class)));

        for (Plugin p : plugins) {
            System.out.println(p.name() + ": " + p.apply("Plugin"));
        }

        try {
            Class.forName("corpus.ReflectionPlugins$Missing");
            System.out.println("found a missing plugin");
        } catch (ClassNotFoundException e) {
            System.out.println("ClassNotFoundException: " + e.getMessage());
        }
        try {
            prefix.getConstructor(int.class);
        } catch (NoSuchMethodException e) {
            System.out.println("NoSuchMethodException: " + e.getMessage());
        }
        try {
            Class.forName("corpus.ReflectionPlugins$Broken")
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (InvocationTargetException e) {
            System.out.println("InvocationTargetException: " + e.getCause());
        }
        try {
            one.newInstance();
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            two.newInstance("x", "3");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        Plugin widened = (Plugin) two.newInstance("-", (short) 2);
        System.out.println(widened.name());
    }
}
