package dev.jcompose.diag;

public enum Severity {
    ERROR, WARNING
}
