package dev.jcompose.engine.docker;

import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.PathStat;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/** The archive API's {@code X-Docker-Container-Path-Stat} header: base64 of {name, size, mode, mtime, linkTarget}. */
final class PathStats {
    private PathStats() {
    }

    static PathStat parse(String header) {
        if (header == null || header.isBlank()) {
            throw new EngineException("inspect path in container", "",
                    "the engine's answer has no X-Docker-Container-Path-Stat header");
        }
        Object json;
        try {
            json = JsonTree.parse(new String(Base64.getDecoder().decode(header.trim()),
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new EngineException("inspect path in container", "",
                    "unreadable X-Docker-Container-Path-Stat header: " + header, e);
        }
        Instant modified = null;
        String mtime = JsonTree.text(JsonTree.at(json, "mtime"));
        if (!mtime.isEmpty()) {
            try {
                modified = OffsetDateTime.parse(mtime).toInstant();
            } catch (DateTimeParseException unreadable) {
                // leave it unknown
            }
        }
        return new PathStat(JsonTree.text(JsonTree.at(json, "name")), JsonTree.number(JsonTree.at(json, "size"), 0),
                JsonTree.number(JsonTree.at(json, "mode"), 0), modified, JsonTree.text(JsonTree.at(json, "linkTarget")));
    }
}
