package dev.jcompose.cli;

import dev.jcompose.app.StackContext;
import dev.jcompose.cli.progress.ProgressRenderers;
import dev.jcompose.diag.Suggestions;
import dev.jcompose.loader.ComposeVariables;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.loader.ProjectNames;
import dev.jcompose.model.Project;

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
        AnsiMode ansi = ansi(global, context);
        ProgressRenderers.Style style = switch (progress(global, context, ansi)) {
            case TTY -> ProgressRenderers.Style.TTY;
            case PLAIN -> ProgressRenderers.Style.PLAIN;
            case JSON -> ProgressRenderers.Style.JSON;
            case QUIET -> ProgressRenderers.Style.QUIET;
            case AUTO -> ansi == AnsiMode.ALWAYS || (context.terminal() && ansi != AnsiMode.NEVER)
                    ? ProgressRenderers.Style.TTY : ProgressRenderers.Style.PLAIN;
        };
        boolean toStdout = ComposeVariables.isTrue(context.environment().get("COMPOSE_STATUS_STDOUT"));
        return ProgressRenderers.create(style, colour(global, context), toStdout ? global.out() : err);
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

    static StackContext stack(JcomposeCommand global, CliContext context, ProgressRenderers.Display display) {
        return StackContext.connect(context.engines(), display, parallelism(global, context));
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
     * {@code stop}, {@code rm}): from the files when they load, else -p, COMPOSE_PROJECT_NAME, or the directory.
     */
    static String projectNameWithoutFiles(JcomposeCommand global, CliContext context) {
        if (global.projectName() != null) return global.projectName();
        String env = context.environment().get("COMPOSE_PROJECT_NAME");
        if (env != null && !env.isEmpty()) return env;
        var dir = context.workingDir().getFileName();
        return dir == null ? "" : ProjectNames.fromDirectoryName(dir.toString());
    }

    /** {@code JCOMPOSE_FRONT_IMAGE}: the front proxy image for services whose label names none; null = the default. */
    static String frontImage(CliContext context) {
        String v = context.environment().get("JCOMPOSE_FRONT_IMAGE");
        return v == null || v.isBlank() ? null : v.trim();
    }
}
