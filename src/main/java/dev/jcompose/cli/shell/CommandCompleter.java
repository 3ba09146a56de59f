package dev.jcompose.cli.shell;

import dev.jcompose.cli.completion.CommandModel;
import dev.jcompose.cli.completion.ValueKind;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Tab completion from picocli's command model: verbs, each command's options, an option's values (an enum's
 * constants, file paths for a FILE or PATH, service names for a SERVICE), and positional service names from the
 * project the shell has loaded.
 */
final class CommandCompleter implements Completer {

    private final CommandSpec root;
    private final Supplier<Collection<String>> services;
    private final List<String> shellWords;
    private final Completer files = new Completers.FileNameCompleter();

    /**
     * @param services   the loaded project's service names (empty when it does not load)
     * @param shellWords words the shell understands besides the commands ({@code exit})
     */
    CommandCompleter(CommandSpec root, Supplier<Collection<String>> services, List<String> shellWords) {
        this.root = root;
        this.services = services;
        this.shellWords = shellWords;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = line.words().subList(0, line.wordIndex());
        String word = line.word().substring(0, line.wordCursor());
        CommandLineWalk walk = CommandLineWalk.of(root, before);
        CommandSpec spec = walk.command();
        if (walk.awaitingValue() != null) {
            complete(walk.awaitingValue(), "", reader, line, candidates);
        } else if (!walk.optionsEnded() && word.startsWith("-")) {
            int eq = word.indexOf('=');
            OptionSpec withValue = eq > 0 ? spec.findOption(word.substring(0, eq)) : null;
            if (withValue != null) complete(withValue, word.substring(0, eq + 1), reader, line, candidates);
            else options(spec, candidates);
        } else if (walk.positionals() == 0 && !spec.subcommands().isEmpty()) {
            spec.subcommands().forEach((name, sub) -> {
                if (!sub.getCommandSpec().usageMessage().hidden() && name.equals(sub.getCommandName())) {
                    candidates.add(new Candidate(name, name, null, description(sub.getCommandSpec()), null, null, true));
                }
            });
            if (walk.atTopLevel(root)) shellWords.forEach(w -> candidates.add(new Candidate(w)));
        } else {
            PositionalParamSpec p = positional(spec, walk.positionals());
            if (p != null) complete(p, "", reader, line, candidates);
        }
    }

    private void options(CommandSpec spec, List<Candidate> candidates) {
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) continue;
            String description = emptyToNull(CommandModel.description(o));
            for (String name : o.names()) {
                candidates.add(new Candidate(name, name, null, description, null, o.longestName(), true));
            }
        }
    }

    private void complete(ArgSpec arg, String prefix, LineReader reader, ParsedLine line, List<Candidate> candidates) {
        ValueKind kind = ValueKind.of(arg);
        switch (kind.kind()) {
            case WORDS -> kind.words().forEach(v -> candidates.add(new Candidate(prefix + v, v, null, null, null, null, true)));
            case SERVICE -> services.get().forEach(s -> candidates.add(new Candidate(prefix + s, s, null, null, null, null, true)));
            case SERVICE_ASSIGNMENT -> services.get().forEach(s ->
                    candidates.add(new Candidate(prefix + s + "=", s, null, null, null, null, false)));
            case FILE, DIRECTORY -> {
                if (prefix.isEmpty()) files.complete(reader, line, candidates);
            }
            case NONE -> { }
        }
    }

    /** The positional parameter at this index, or null when the command takes none there. */
    private static PositionalParamSpec positional(CommandSpec spec, int index) {
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.index().contains(index)) return p;
        }
        return null;
    }

    private static String description(CommandSpec spec) {
        return emptyToNull(CommandModel.description(spec));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
