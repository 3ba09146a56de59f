package dev.jcompose.cli.completion;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The fish completion script, written from picocli's command model like the bash one. */
public final class FishCompletionScript {

    private FishCompletionScript() {
    }

    public static String of(CommandSpec root) {
        List<CommandSpec> commands = CommandModel.commands(root);
        StringBuilder b = new StringBuilder();
        b.append("# fish completion for jcompose. Generated from the command model by scripts/gen-completions.sh;\n")
                .append("# do not edit. Install: copy to ~/.config/fish/completions/jcompose.fish\n\n");
        b.append(FIXED);
        b.append("complete -c jcompose -f\n\n# global options\n");
        for (OptionSpec o : CommandModel.options(root)) b.append(option("__fish_use_subcommand", o));
        b.append("\n# commands\n");
        for (CommandSpec c : commands) {
            b.append("complete -c jcompose -n __fish_use_subcommand -a ").append(c.name())
                    .append(" -d ").append(quote(CommandModel.description(c))).append('\n');
        }
        for (CommandSpec c : commands) {
            String when = "'__fish_seen_subcommand_from " + c.name() + "'";
            b.append("\n# ").append(c.name()).append('\n');
            for (OptionSpec o : CommandModel.options(c)) b.append(option(when, o));
            String services = serviceCondition(c);
            if (services != null) {
                b.append("complete -c jcompose -n ").append(services).append(" -a '(__jcompose_services)'\n");
            }
        }
        return b.toString();
    }

    /** When the command's positional arguments are services: any of them, or only its first. */
    private static String serviceCondition(CommandSpec c) {
        for (PositionalParamSpec p : CommandModel.positionals(c)) {
            if (ValueKind.of(p).kind() != ValueKind.Kind.SERVICE || p.index().min() != 0) continue;
            return p.index().max() == 0
                    ? "'__fish_seen_subcommand_from " + c.name() + "; and __jcompose_no_argument_after " + c.name() + "'"
                    : "'__fish_seen_subcommand_from " + c.name() + "'";
        }
        return null;
    }

    private static String option(String condition, OptionSpec o) {
        List<String> parts = new ArrayList<>(List.of("complete -c jcompose -n " + condition));
        for (String name : o.names()) {
            if (name.startsWith("--")) parts.add("-l " + name.substring(2));
            else if (name.length() == 2) parts.add("-s " + name.substring(1));
            else parts.add("-o " + name.substring(1));
        }
        if (CommandModel.takesValue(o)) {
            ValueKind kind = ValueKind.of(o);
            switch (kind.kind()) {
                case FILE -> parts.add("-r -F");
                case DIRECTORY -> parts.add("-x -a '(__fish_complete_directories)'");
                case SERVICE -> parts.add("-x -a '(__jcompose_services)'");
                case SERVICE_ASSIGNMENT -> parts.add("-x -a '(__jcompose_services)='");
                case WORDS -> parts.add("-x -a " + quote(String.join(" ", kind.words())));
                case NONE -> parts.add("-x");
            }
        }
        String description = CommandModel.description(o);
        if (!description.isEmpty()) parts.add("-d " + quote(description));
        return String.join(" ", parts) + "\n";
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static final String FIXED = """
            function __jcompose_services
                jcompose config --services 2>/dev/null
            end

            # True while nothing but options follows the command word $argv[1].
            function __jcompose_no_argument_after
                set -l seen 0
                for token in (commandline -opc)[2..-1]
                    if test $seen = 1
                        string match -q -- '-*' $token; or return 1
                    else if test $token = $argv[1]
                        set seen 1
                    end
                end
                return 0
            end

            """;
}
