package dev.jcompose.cli.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The parts of picocli's command tree that completion scripts are written from: visible verbs and options. */
public final class CommandModel {

    private CommandModel() {
    }

    /** The root's visible subcommands by their own names (not aliases), in the order help lists them. */
    static List<CommandSpec> commands(CommandSpec root) {
        List<CommandSpec> out = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : root.subcommands().entrySet()) {
            CommandSpec spec = e.getValue().getCommandSpec();
            if (e.getKey().equals(spec.name()) && !spec.usageMessage().hidden()) out.add(spec);
        }
        return out;
    }

    static List<OptionSpec> options(CommandSpec spec) {
        return spec.options().stream().filter(o -> !o.hidden()).toList();
    }

    static boolean takesValue(OptionSpec o) {
        return o.arity().min() > 0;
    }

    /** The command's description as help shows its first line; "" when it has none. */
    public static String description(CommandSpec spec) {
        return firstLine(spec.usageMessage().description(), null);
    }

    /** The option's description as help shows its first line; "" when it has none. */
    public static String description(OptionSpec o) {
        return firstLine(o.description(), o.defaultValue());
    }

    /** Picocli's {@code %n} is a line break and {@code ${DEFAULT-VALUE}} the default; help's {@code help} starts with one. */
    private static String firstLine(String[] description, String defaultValue) {
        for (String text : description) {
            for (String line : text.split("%n")) {
                if (!line.isBlank()) {
                    return line.strip().replace("${DEFAULT-VALUE}", defaultValue == null ? "" : defaultValue);
                }
            }
        }
        return "";
    }

    /** The kind of each positional parameter, by index range; picocli's ranges may be open-ended. */
    static List<PositionalParamSpec> positionals(CommandSpec spec) {
        return spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
    }
}
