package dev.jcompose.engine;

public record Ulimit(String name, long soft, long hard) {
}
