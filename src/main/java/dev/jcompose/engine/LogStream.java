package dev.jcompose.engine;

public enum LogStream {
    STDOUT, STDERR
}
