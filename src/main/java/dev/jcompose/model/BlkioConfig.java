package dev.jcompose.model;

import java.util.List;

public record BlkioConfig(Integer weight, List<WeightDevice> weightDevice, List<ThrottleDevice> deviceReadBps,
                          List<ThrottleDevice> deviceReadIops, List<ThrottleDevice> deviceWriteBps,
                          List<ThrottleDevice> deviceWriteIops) {

    public BlkioConfig {
        weightDevice = Copies.list(weightDevice);
        deviceReadBps = Copies.list(deviceReadBps);
        deviceReadIops = Copies.list(deviceReadIops);
        deviceWriteBps = Copies.list(deviceWriteBps);
        deviceWriteIops = Copies.list(deviceWriteIops);
    }

    public record WeightDevice(String path, int weight) {
    }

    /** A per-device rate: bytes per second for the *_bps lists, operations per second for *_iops. */
    public record ThrottleDevice(String path, long rate) {
    }
}
