package dev.jcompose.model;

import java.util.Map;

/**
 * A top-level secret or config: its content comes from {@code file} (absolute), {@code environment} (a variable
 * name), inline {@code content} (configs only), or it already exists ({@code external}).
 */
public record FileObjectSpec(String name, String file, String environment, String content, boolean external,
                             Map<String, String> labels, String driver, Map<String, String> driverOpts,
                             String templateDriver, Map<String, Object> extensions) {

    public FileObjectSpec {
        labels = Copies.map(labels);
        driverOpts = Copies.map(driverOpts);
        extensions = Copies.map(extensions);
    }

    public FileObjectSpec(String name, String file, String environment, String content, boolean external,
                          Map<String, String> labels, String driver, Map<String, String> driverOpts,
                          String templateDriver) {
        this(name, file, environment, content, external, labels, driver, driverOpts, templateDriver, Map.of());
    }

    public static FileObjectSpec fromFile(String name, String file) {
        return new FileObjectSpec(name, file, null, null, false, null, null, null, null);
    }
}
