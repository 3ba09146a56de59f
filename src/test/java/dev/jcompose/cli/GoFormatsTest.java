package dev.jcompose.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Sizes, durations, tables, templates and JSON written the way the docker CLI writes them. */
class GoFormatsTest {

    @Test
    void sizesAsGoUnitsWritesThem() {
        assertEquals("0B", GoUnits.humanSize(0));
        assertEquals("806B", GoUnits.humanSize(806));
        assertEquals("1.99MB", GoUnits.humanSize(1_986_063));
        assertEquals("12.5kB", GoUnits.humanSize(12_500));
        assertEquals("125MB", GoUnits.humanSize(125_000_000));
        assertEquals("1e+03kB", GoUnits.humanSize(999_999), "Go's %.3g runs out of digits here too");
        assertEquals("460KiB", GoUnits.bytesSize(460 * 1024));
        assertEquals("1.527MiB", GoUnits.bytesSize(1_601_175));
        assertEquals("23.54GiB", GoUnits.bytesSize(25_275_000_000L));
    }

    @Test
    void durationsAsGoUnitsWritesThem() {
        assertEquals("Less than a second", GoUnits.humanDuration(Duration.ofMillis(300)));
        assertEquals("1 second", GoUnits.humanDuration(Duration.ofSeconds(1)));
        assertEquals("45 seconds", GoUnits.humanDuration(Duration.ofSeconds(45)));
        assertEquals("About a minute", GoUnits.humanDuration(Duration.ofSeconds(100)));
        assertEquals("5 minutes", GoUnits.humanDuration(Duration.ofMinutes(5)));
        assertEquals("About an hour", GoUnits.humanDuration(Duration.ofMinutes(80)));
        assertEquals("30 hours", GoUnits.humanDuration(Duration.ofHours(30)));
        assertEquals("3 days", GoUnits.humanDuration(Duration.ofDays(3)));
        assertEquals("3 weeks", GoUnits.humanDuration(Duration.ofDays(21)));
        assertEquals("4 months", GoUnits.humanDuration(Duration.ofDays(125)));
        assertEquals("3 years", GoUnits.humanDuration(Duration.ofDays(1100)));
    }

    @Test
    void psCreatedSaysHowLongAgoAsDockerComposeDoes() {
        Instant now = Instant.parse("2026-01-01T12:00:00Z");
        assertEquals("1 second ago", PsCommand.ago(now.minusSeconds(1), now));
        assertEquals("About a minute ago", PsCommand.ago(now.minusSeconds(61), now));
        assertEquals("About an hour ago", PsCommand.ago(now.minusSeconds(3700), now));
        assertEquals("", PsCommand.ago(null, now));
    }

    @Test
    void tablesPadLikeTabwriter() {
        StringWriter out = new StringWriter();
        new TabTable("NAME", "STATUS", "CONFIG FILES").row("demo", "running(2), exited(1)", "/p/compose.yaml")
                .print(new PrintWriter(out, true));
        assertEquals("""
                NAME                STATUS                  CONFIG FILES
                demo                running(2), exited(1)   /p/compose.yaml
                """, out.toString());
    }

    @Test
    void templatesFillFieldsAndTablesGetHeaders() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Name", "demo-web-1");
        values.put("PIDs", "3");
        GoTemplate plain = GoTemplate.parse("{{.Name}}:\\t{{ .PIDs }}");
        assertEquals("demo-web-1:\t3", plain.render(values));
        GoTemplate table = GoTemplate.parse("table {{.Name}}\\t{{.PIDs}}");
        assertEquals(true, table.isTable());
        assertEquals("demo-web-1\t3", table.render(values));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoTemplate.parse("{{.Nope}}").render(values));
        assertEquals("template: can't evaluate field Nope (fields: Name, PIDs)", e.getMessage());
    }

    @Test
    void jsonIsCompactAndEscapedAsGoEscapesIt() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Name", "a<b>&\"c\"\n");
        m.put("Size", 12L);
        m.put("List", List.of(true, "x"));
        assertEquals("{\"Name\":\"a\\u003cb\\u003e\\u0026\\\"c\\\"\\n\",\"Size\":12,\"List\":[true,\"x\"]}",
                GoJson.compact(m));
        assertEquals("2024-05-01T10:00:00.12Z",
                GoJson.rfc3339Nano(Instant.parse("2024-05-01T10:00:00.120Z"), ZoneId.of("UTC")));
        assertEquals("2024-05-01T12:00:00+02:00",
                GoJson.rfc3339Nano(Instant.parse("2024-05-01T10:00:00Z"), ZoneId.of("+02:00")));
    }
}
