package dev.jcompose.engine;

import java.util.List;

/**
 * A container the engine created, and what it did not apply as asked: the engine's own warnings (a setting the
 * kernel cannot enforce, discarded) and the settings its API version cannot carry (left out).
 */
public record CreatedContainer(String id, List<String> warnings) {
    public CreatedContainer {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
