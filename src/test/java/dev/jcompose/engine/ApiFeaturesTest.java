package dev.jcompose.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiFeaturesTest {

    private static ContainerSpec spec() {
        return ContainerSpec.builder("demo-web-1", "busybox")
                .healthcheck(new HealthcheckSpec(List.of("CMD", "true"), Duration.ofSeconds(30), null, 3,
                        Duration.ofSeconds(60), Duration.ofSeconds(2)))
                .annotations(Map.of("com.example.note", "hello"))
                .macAddress("02:42:ac:11:00:01")
                .network("demo_front", NetworkAttachmentSpec.withAliases("web"))
                .network("demo_back", new NetworkAttachmentSpec(List.of("web"), null, null, "02:42:ac:11:00:02"))
                .build();
    }

    @Test
    void anOlderApiGetsTheSpecWithoutWhatItCannotCarryAndAWarningForEach() {
        ApiFeatures.CreateRequest r = ApiFeatures.adapt(spec(), "1.41");
        assertNull(r.spec().healthcheck().startInterval());
        assertEquals(new HealthcheckSpec(List.of("CMD", "true"), Duration.ofSeconds(30), null, 3,
                Duration.ofSeconds(60)), r.spec().healthcheck(), "the rest of the healthcheck stays");
        assertTrue(r.spec().annotations().isEmpty());
        assertNull(r.spec().networks().get("demo_back").macAddress());
        assertEquals("02:42:ac:11:00:01", r.spec().macAddress(), "the container's own MAC address goes at any API");
        assertEquals(List.of(
                "healthcheck start_interval needs engine API 1.44 (Docker Engine 25 or later); this engine speaks "
                        + "API 1.41, so it is not applied",
                "annotations need engine API 1.43 (Docker Engine 24 or later); this engine speaks API 1.41, so "
                        + "they are not applied",
                "the MAC address on network demo_back needs engine API 1.44 (Docker Engine 25 or later); this "
                        + "engine speaks API 1.41, so it is not applied"), r.warnings());
    }

    @Test
    void eachSettingFromItsOwnVersionOn() {
        ApiFeatures.CreateRequest at143 = ApiFeatures.adapt(spec(), "1.43");
        assertEquals(Map.of("com.example.note", "hello"), at143.spec().annotations());
        assertNull(at143.spec().healthcheck().startInterval());
        assertEquals(2, at143.warnings().size());

        ContainerSpec full = spec();
        ApiFeatures.CreateRequest at144 = ApiFeatures.adapt(full, "1.44");
        assertSame(full, at144.spec(), "nothing to leave out");
        assertEquals(List.of(), at144.warnings());
        assertEquals(List.of(), ApiFeatures.adapt(full, "1.51").warnings());
    }

    @Test
    void aSpecWithoutNewerSettingsPassesAsItIs() {
        ContainerSpec plain = ContainerSpec.builder("x", "busybox")
                .healthcheck(new HealthcheckSpec(List.of("CMD", "true"), null, null, null, null)).build();
        ApiFeatures.CreateRequest r = ApiFeatures.adapt(plain, "1.24");
        assertSame(plain, r.spec());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void versionsCompareByNumberNotText() {
        assertTrue(ApiFeatures.older("1.9", "1.44"));
        assertTrue(ApiFeatures.older("1.41", "1.44"));
        assertTrue(!ApiFeatures.older("1.100", "1.44"));
        assertTrue(!ApiFeatures.older("2.0", "1.44"));
        assertTrue(ApiFeatures.compare("1.41", "1.44") < 0);
        assertTrue(ApiFeatures.compare("1.45", "1.44") > 0);
        assertEquals(0, ApiFeatures.compare("1.44", "1.44"));
    }
}
