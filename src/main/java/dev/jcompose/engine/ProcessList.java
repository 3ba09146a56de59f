package dev.jcompose.engine;

import java.util.List;

/** A container's processes as {@code ps} shows them: the column titles and one row per process. */
public record ProcessList(List<String> titles, List<List<String>> processes) {
    public ProcessList {
        titles = List.copyOf(titles);
        processes = processes.stream().map(List::copyOf).toList();
    }
}
