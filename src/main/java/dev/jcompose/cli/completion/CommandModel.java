package dev.jcompose.cli.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The parts of picocli's command tree that completion scripts are written from: visible verbs and options. */
final class CommandModel {

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

    static String description(CommandSpec spec) {
        String[] d = spec.usageMessage().description();
        return d.length == 0 ? "" : d[0];
    }

    static String description(OptionSpec o) {
        return o.description().length == 0 ? "" : o.description()[0];
    }

    /** The kind of each positional parameter, by index range; picocli's ranges may be open-ended. */
    static List<PositionalParamSpec> positionals(CommandSpec spec) {
        return spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
    }
}
