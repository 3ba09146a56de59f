package dev.jcompose.engine;

/** One IPAM address pool; null fields = engine's choice. */
public record IpamPool(String subnet, String ipRange, String gateway) {
}
