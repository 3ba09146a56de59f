package dev.jcompose.engine;

import java.util.List;

/** A container's processes as {@code ps} shows them: the column titles and one row per process. */
public record ProcessList(List<String> titles, List<List<String>> processes) {
    public ProcessList {
        titles = List.copyOf(titles);
        processes = processes.stream().map(List::copyOf).toList();
    }

    /**
     * One column, a value per process: the first of {@code titles} the list has (engines title the command
     * {@code CMD} or {@code COMMAND}); empty when it has none of them.
     */
    public List<String> column(String... titles) {
        for (String title : titles) {
            int at = this.titles.indexOf(title);
            if (at >= 0) return processes.stream().map(row -> at < row.size() ? row.get(at) : "").toList();
        }
        return List.of();
    }
}
