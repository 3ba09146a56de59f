package dev.jcompose.cli.progress;

import dev.jcompose.loader.yaml.JsonWriter;
import dev.jcompose.progress.ProgressEvent;
import dev.jcompose.progress.ProgressListener;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One JSON object per line, for scripts: resource, text, kind, detail and elapsed milliseconds. */
final class JsonProgress implements ProgressListener {

    private final PrintWriter err;

    JsonProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void onEvent(ProgressEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("resource", e.resource());
        m.put("text", e.text());
        m.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
        if (e.detail() != null) m.put("detail", e.detail());
        m.put("elapsed_ms", e.elapsed().toMillis());
        // The writer indents; string values carry no raw newlines (they are escaped), so joining the lines is safe.
        err.println(JsonWriter.line(m));
        err.flush();
    }
}
