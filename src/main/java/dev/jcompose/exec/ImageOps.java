package dev.jcompose.exec;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.ProgressEvent;
import dev.jcompose.plan.Op;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pulls, builds and pushes, turning the engine's progress messages into progress events. */
final class ImageOps {
    private static final Pattern BYTES = Pattern.compile("(\\d+)/(\\d+) bytes");

    private final ContainerEngine engine;

    ImageOps(ContainerEngine engine) {
        this.engine = engine;
    }

    void pull(Op.PullImage op, OpProgress progress) {
        engine.pullImage(op.image(), event -> reportPull(event, progress));
    }

    void build(Op.BuildImage op, OpProgress progress) throws OpFailedException {
        DockerfileSource dockerfile = DockerfileSource.of(op);
        BuildSteps steps = new BuildSteps(dockerfile.text());
        Path tar = null;
        try {
            tar = Files.createTempFile("jcompose-context-", ".tar");
            BuildContext context = BuildContext.of(op.context(), dockerfile.nameInContext());
            if (dockerfile.extraContent() != null) {
                context = context.withFile(dockerfile.nameInContext(), dockerfile.extraContent());
            }
            try (OutputStream out = Files.newOutputStream(tar)) {
                context.writeTar(out);
            }
            try (InputStream in = Files.newInputStream(tar)) {
                engine.buildImage(in, op.spec().withDockerfile(dockerfile.nameInContext()), event -> {
                    lines(event).forEach(steps::observe);
                    reportBuild(event, progress);
                });
            }
        } catch (IOException e) {
            throw new OpFailedException("build image " + op.tag() + ": cannot read the build context "
                    + op.context() + ": " + e.getMessage(), java.util.List.of(), e);
        } catch (EngineException e) {
            throw new OpFailedException("build image " + op.tag() + ": "
                    + steps.failure(dockerfile.shownAs(), e.engineMessage()), java.util.List.of(), e);
        } finally {
            deleteQuietly(tar);
        }
    }

    void push(Op.PushImage op, OpProgress progress) {
        engine.pushImage(op.image(), event -> reportPull(event, progress));
    }

    /** A layer gets its own line ("a1b2c3d4e5f6 Downloading 12.3MB/40MB"); other messages go on the image's. */
    static void reportPull(ProgressEvent event, OpProgress progress) {
        String status = event.status() == null ? "" : event.status();
        String sizes = event.detail() == null ? null : sizes(event.detail());
        if (event.id() != null && !event.id().isEmpty() && !status.startsWith("Pulling from")) {
            progress.part(event.id(), status, sizes);
            return;
        }
        String detail = sizes == null ? status : status + " " + sizes;
        if (!detail.isBlank()) {
            progress.working(detail);
        }
    }

    static void reportBuild(ProgressEvent event, OpProgress progress) {
        lines(event).forEach(progress::working);
    }

    private static java.util.List<String> lines(ProgressEvent event) {
        String text = event.detail() != null ? event.detail() : event.status();
        if (text == null) {
            return java.util.List.of();
        }
        return text.lines().map(String::stripTrailing).filter(l -> !l.isBlank()).toList();
    }

    /** "12345678/40000000 bytes" → "12.3MB/40MB"; anything else as it is. */
    static String sizes(String detail) {
        Matcher m = BYTES.matcher(detail.strip());
        if (!m.matches()) {
            return detail;
        }
        return humanSize(Long.parseLong(m.group(1))) + "/" + humanSize(Long.parseLong(m.group(2)));
    }

    /** Decimal units with up to three significant digits, like Docker's progress bars. */
    static String humanSize(long bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        String format = value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f";
        String number = String.format(Locale.ROOT, format, value);
        if (number.contains(".")) {
            number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return number + units[unit];
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
