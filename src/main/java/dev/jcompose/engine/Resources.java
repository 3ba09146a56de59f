package dev.jcompose.engine;

/** Resource limits; null = engine default. */
public record Resources(Long memoryBytes, Long memoryReservationBytes, Long memorySwapBytes, Long nanoCpus,
                        Integer cpuShares, String cpusetCpus, Long pidsLimit) {
    public static final Resources NONE = new Resources(null, null, null, null, null, null, null);
}
