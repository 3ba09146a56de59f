package dev.jcompose.model;

import java.util.Map;

/** Placeholder for the model piece's Project; replaced at merge. */
public record Project(String name, Map<String, ?> services) {
}
