package dev.jcompose.model;

/** A resource limit; the short form {@code nofile: 1024} means soft = hard = 1024. */
public record Ulimit(long soft, long hard) {
}
