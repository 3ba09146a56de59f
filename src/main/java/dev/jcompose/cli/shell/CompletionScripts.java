package dev.jcompose.cli.shell;

import dev.jcompose.cli.Cli;
import dev.jcompose.cli.CliContext;
import dev.jcompose.cli.completion.BashCompletionScript;
import dev.jcompose.cli.completion.FishCompletionScript;
import dev.jcompose.cli.completion.ZshCompletionScript;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes the shell completion scripts in {@code completions/} from the command tree Main runs (here, where both the
 * CLI's commands and {@code shell} are in reach). Run by
 * {@code scripts/gen-completions.sh}; a test fails when the committed scripts differ from what this writes.
 */
public final class CompletionScripts {

    private static final Map<String, Function<CommandSpec, String>> SCRIPTS = new LinkedHashMap<>();

    static {
        SCRIPTS.put("jcompose.bash", BashCompletionScript::of);
        SCRIPTS.put("jcompose.zsh", ZshCompletionScript::of);
        SCRIPTS.put("jcompose.fish", FishCompletionScript::of);
    }

    private CompletionScripts() {
    }

    /** File name → content, for the whole command tree (the same one Main builds). */
    public static Map<String, String> generate() {
        CliContext context = new CliContext(Map.of(), Path.of("").toAbsolutePath(), () -> "");
        StringWriter sink = new StringWriter();
        CommandLine tree = Cli.commandLine(context, new PrintWriter(sink), new PrintWriter(sink));
        ShellCommand.addTo(tree, context);
        Map<String, String> out = new LinkedHashMap<>();
        SCRIPTS.forEach((name, writer) -> out.put(name, writer.apply(tree.getCommandSpec())));
        return out;
    }

    /** @param args the directory to write to (default {@code completions}) */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "completions");
        Files.createDirectories(dir);
        for (var e : generate().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
            System.out.println("wrote " + dir.resolve(e.getKey()));
        }
    }
}
