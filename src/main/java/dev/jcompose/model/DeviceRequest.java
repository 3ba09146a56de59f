package dev.jcompose.model;

import java.util.List;
import java.util.Map;

/** A request for devices such as GPUs; {@code count} -1 means all. */
public record DeviceRequest(List<String> capabilities, String driver, Long count, List<String> deviceIds,
                            Map<String, String> options) {
    public DeviceRequest {
        capabilities = Copies.list(capabilities);
        deviceIds = Copies.list(deviceIds);
        options = Copies.map(options);
    }
}
