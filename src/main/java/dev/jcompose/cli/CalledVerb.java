package dev.jcompose.cli;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The verb a command line calls, found without building picocli's model: the first word after the global options
 * of {@link JcomposeCommand}. Empty when there is none or the global options are not all ones it knows (picocli then
 * reads the line with the whole tree and reports what is wrong).
 */
final class CalledVerb {

    /** Global option name → whether it takes a value; read from the annotations, so it follows the options. */
    private static final Map<String, Boolean> GLOBAL_OPTIONS = globalOptions();

    private CalledVerb() {
    }

    static Optional<String> find(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) return Optional.of(arg);
            if (arg.equals("--")) return Optional.empty();
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            Boolean takesValue = GLOBAL_OPTIONS.get(name);
            if (takesValue == null) {
                // -fcompose.yaml: a short option with its value attached
                takesValue = arg.length() > 2 && !arg.startsWith("--") ? GLOBAL_OPTIONS.get(arg.substring(0, 2)) : null;
                if (!Boolean.TRUE.equals(takesValue)) return Optional.empty();
                continue;
            }
            if (takesValue && equals < 0) i++;
        }
        return Optional.empty();
    }

    private static Map<String, Boolean> globalOptions() {
        Map<String, Boolean> options = new HashMap<>();
        for (Field field : JcomposeCommand.class.getDeclaredFields()) {
            Option option = field.getAnnotation(Option.class);
            if (option == null || option.usageHelp() || option.versionHelp()) continue;
            boolean takesValue = field.getType() != boolean.class && field.getType() != Boolean.class;
            for (String name : option.names()) options.put(name, takesValue);
        }
        return options;
    }
}
