package dev.jcompose.cli;

import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.diag.Suggestions;
import dev.jcompose.loader.ComposeVariables;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.model.Project;
import dev.jcompose.progress.ProgressListener;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the engine verbs share: loading the project, the progress display, the engine, service names. */
final class EngineCommands {

    private EngineCommands() {
    }

    static LoadResult load(JcomposeCommand global, CliContext context) {
        LoadResult result = context.loader().load(LoadRequests.of(global, context, true));
        return result;
    }

    static void printWarnings(LoadResult result, PrintWriter err) {
        err.print(dev.jcompose.diag.DiagnosticFormatter.format(result.warnings()));
        err.flush();
    }

    /**
     * As Docker Compose picks it: a live display on a terminal (unless --ansi never) or with --ansi always, plain
     * lines otherwise; on stderr, or on stdout with COMPOSE_STATUS_STDOUT.
     */
    static ProgressRenderers.Display display(JcomposeCommand global, CliContext context, PrintWriter err) {
        return ProgressRenderers.create(style(global, context), colour(global, context), statusOut(global, context, err));
    }

    /**
     * For progress shown among container output (an attached {@code up} stopping): plain lines instead of the live
     * view, which would redraw over the output printed below it. Docker Compose does the same.
     */
    static ProgressRenderers.Display displayAmongLogs(JcomposeCommand global, CliContext context, PrintWriter err) {
        ProgressRenderers.Style style = style(global, context);
        return ProgressRenderers.create(style == ProgressRenderers.Style.TTY ? ProgressRenderers.Style.PLAIN : style,
                colour(global, context), statusOut(global, context, err));
    }

    /** Progress goes to stderr, or to stdout with COMPOSE_STATUS_STDOUT. */
    private static PrintWriter statusOut(JcomposeCommand global, CliContext context, PrintWriter err) {
        return ComposeVariables.isTrue(context.environment().get("COMPOSE_STATUS_STDOUT")) ? global.out() : err;
    }

    private static ProgressRenderers.Style style(JcomposeCommand global, CliContext context) {
        AnsiMode ansi = ansi(global, context);
        return switch (progress(global, context, ansi)) {
            case TTY -> ProgressRenderers.Style.TTY;
            case PLAIN -> ProgressRenderers.Style.PLAIN;
            case JSON -> ProgressRenderers.Style.JSON;
            case QUIET -> ProgressRenderers.Style.QUIET;
            case AUTO -> ansi == AnsiMode.ALWAYS || (context.terminal() && ansi != AnsiMode.NEVER)
                    ? ProgressRenderers.Style.TTY : ProgressRenderers.Style.PLAIN;
        };
    }

    static boolean colour(JcomposeCommand global, CliContext context) {
        AnsiMode ansi = ansi(global, context);
        return ansi == AnsiMode.ALWAYS || (ansi == AnsiMode.AUTO && context.terminal());
    }

    /** {@code --ansi}, else COMPOSE_ANSI, else auto; a value Docker Compose does not know counts as auto, as there. */
    static AnsiMode ansi(JcomposeCommand global, CliContext context) {
        if (global.ansi() != null) return global.ansi();
        String env = context.environment().get("COMPOSE_ANSI");
        if (env == null) return AnsiMode.AUTO;
        return switch (env.strip()) {
            case "never" -> AnsiMode.NEVER;
            case "always" -> AnsiMode.ALWAYS;
            default -> AnsiMode.AUTO;
        };
    }

    /** {@code --progress}, else COMPOSE_PROGRESS, else auto; checked against the ANSI mode as Docker Compose does. */
    static ProgressMode progress(JcomposeCommand global, CliContext context, AnsiMode ansi) {
        ProgressMode mode = global.progress();
        if (mode == null) {
            String env = context.environment().getOrDefault("COMPOSE_PROGRESS", "");
            mode = switch (env) {
                case "", "auto" -> ProgressMode.AUTO;
                case "tty" -> ProgressMode.TTY;
                case "plain" -> ProgressMode.PLAIN;
                case "json" -> ProgressMode.JSON;
                case "quiet", "none" -> ProgressMode.QUIET;
                default -> throw new CommandFailedException("unsupported --progress value \"" + env + "\"",
                        "COMPOSE_PROGRESS takes auto, tty, plain, json or quiet");
            };
        }
        if (mode == ProgressMode.TTY && ansi == AnsiMode.NEVER) {
            throw new CommandFailedException("can't use --progress tty while ANSI support is disabled");
        }
        if (mode == ProgressMode.PLAIN && ansi == AnsiMode.ALWAYS) {
            throw new CommandFailedException("can't use --progress plain while ANSI support is forced");
        }
        return mode;
    }

    /** With {@code --dry-run}, the engine only pretends to change anything (reads are real). */
    static StackContext stack(JcomposeCommand global, CliContext context, ProgressListener progress) {
        StackContext stack = StackContext.connect(context.engines(), progress, parallelism(global, context));
        return global.dryRun() ? stack.dryRun() : stack;
    }

    /**
     * For verbs that show no progress ({@code exec}, {@code wait}): a dry run still tells what it pretended, as plain
     * lines (a live display would fight the command's own output), as JSON or not at all when {@code --progress} says.
     */
    static StackContext quietStack(JcomposeCommand global, CliContext context, PrintWriter err) {
        if (!global.dryRun()) return stack(global, context, ProgressListener.NONE);
        ProgressRenderers.Style style = switch (progress(global, context, ansi(global, context))) {
            case QUIET -> ProgressRenderers.Style.QUIET;
            case JSON -> ProgressRenderers.Style.JSON;
            default -> ProgressRenderers.Style.PLAIN;
        };
        return stack(global, context, ProgressRenderers.create(style, false, err));
    }

    /** The same context, its engine connection already under way while the project loads. */
    static CliContext connectingEarly(CliContext context) {
        return context.withEngines(dev.jcompose.app.EarlyConnector.start(context.engines()));
    }

    /** {@code --parallel}, else COMPOSE_PARALLEL_LIMIT, else unbounded (0). */
    static int parallelism(JcomposeCommand global, CliContext context) {
        Integer p = global.parallel();
        if (p == null) {
            String env = context.environment().get("COMPOSE_PARALLEL_LIMIT");
            if (env != null && !env.isBlank()) {
                try {
                    p = Integer.parseInt(env.trim());
                } catch (NumberFormatException e) {
                    throw new CommandFailedException("COMPOSE_PARALLEL_LIMIT must be a number, got \"" + env + "\"");
                }
            }
        }
        return p == null || p < 0 ? 0 : p;
    }

    /** The named services, each checked against the project; empty = all. */
    static Set<String> services(Project project, List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        if (names == null) return out;
        for (String n : names) {
            if (!project.services().containsKey(n)) {
                throw new CommandFailedException("no such service: " + n,
                        Suggestions.didYouMean(n, project.services().keySet()));
            }
            out.add(n);
        }
        return out;
    }

    /**
     * The project name for commands that work from labels alone when the files are gone ({@code down}, {@code ps},
     * {@code stop}, {@code rm}): -p or COMPOSE_PROJECT_NAME. Without either there is no project to act on, and
     * Docker Compose's error is the answer (exit code 1), not the directory's name.
     */
    static String projectNameWithoutFiles(JcomposeCommand global, CliContext context) {
        if (global.projectName() != null) return global.projectName();
        String env = context.environment().get("COMPOSE_PROJECT_NAME");
        if (env != null && !env.isEmpty()) return env;
        throw new CommandFailedException("no configuration file provided: not found",
                "create a compose.yaml, name the files with -f, or name the project with -p");
    }

    /** {@code JCOMPOSE_FRONT_IMAGE}: the front proxy image for services whose label names none; null = the default. */
    static String frontImage(CliContext context) {
        String v = context.environment().get("JCOMPOSE_FRONT_IMAGE");
        return v == null || v.isBlank() ? null : v.trim();
    }
}
