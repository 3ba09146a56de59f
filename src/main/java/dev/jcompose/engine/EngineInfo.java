package dev.jcompose.engine;

/**
 * What the engine says about itself, and the API version this client speaks to it (the lower of the engine's and
 * ours).
 */
public record EngineInfo(String serverVersion, String engineApiVersion, String negotiatedApiVersion, String os,
                         String arch) {
}
