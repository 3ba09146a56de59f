package dev.jcompose.model;

/** Windows-only managed service account settings. */
public record CredentialSpec(String config, String file, String registry) {
}
