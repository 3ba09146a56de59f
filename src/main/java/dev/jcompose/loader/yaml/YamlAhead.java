package dev.jcompose.loader.yaml;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.loader.tree.Node;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * YAML documents parsed ahead, on another thread, while the command line is still being read: parsing a large
 * compose file takes as long as picocli's start, and neither needs the other. {@link YamlReader#read} takes a
 * document once, when it reads a file under the same label; the parse is used only if its text is the same.
 */
public final class YamlAhead {

    private record Parsed(String text, Node node, Diagnostics diags) {
    }

    private static final Map<String, CompletableFuture<Parsed>> AHEAD = new ConcurrentHashMap<>();

    private YamlAhead() {
    }

    /** Starts reading ({@code text} may do I/O) and parsing the file known by {@code label}, on a thread of its own. */
    public static void start(String label, Supplier<String> text) {
        CompletableFuture<Parsed> parsed = new CompletableFuture<>();
        if (AHEAD.putIfAbsent(label, parsed) != null) return;
        Thread t = new Thread(() -> {
            try {
                String source = text.get();
                Diagnostics diags = new Diagnostics();
                parsed.complete(new Parsed(source, YamlReader.parse(source, label, diags), diags));
            } catch (RuntimeException | StackOverflowError e) {
                parsed.completeExceptionally(e);
            }
        }, "yaml-ahead");
        t.setDaemon(true);
        t.start();
    }

    /** The document parsed ahead for {@code label} from exactly {@code text}, its diagnostics added to {@code diags}. */
    static Optional<Node> take(String label, String text, Diagnostics diags) {
        CompletableFuture<Parsed> pending = AHEAD.remove(label);
        if (pending == null) return Optional.empty();
        Parsed parsed;
        try {
            parsed = pending.join();
        } catch (RuntimeException failed) {
            return Optional.empty();
        }
        if (!parsed.text().equals(text)) return Optional.empty();
        diags.addAll(parsed.diags().sorted());
        return Optional.ofNullable(parsed.node());
    }
}
