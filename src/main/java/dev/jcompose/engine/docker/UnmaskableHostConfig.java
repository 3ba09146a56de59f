package dev.jcompose.engine.docker;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.dockerjava.api.model.HostConfig;

import java.util.List;

/**
 * docker-java's host config plus the masked and read-only path lists it does not model: empty lists (not absent
 * ones) tell the engine to mask nothing, which is how {@code security_opt: [systempaths=unconfined]} is sent.
 */
final class UnmaskableHostConfig extends HostConfig {
    private static final long serialVersionUID = 1L;

    @JsonProperty("MaskedPaths")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private List<String> maskedPaths;

    @JsonProperty("ReadonlyPaths")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private List<String> readonlyPaths;

    void unmaskSystemPaths() {
        maskedPaths = List.of();
        readonlyPaths = List.of();
    }

    List<String> maskedPaths() {
        return maskedPaths;
    }

    List<String> readonlyPaths() {
        return readonlyPaths;
    }
}
