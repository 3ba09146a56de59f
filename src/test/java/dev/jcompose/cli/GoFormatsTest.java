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
    void templatesRunTheDockerCliFunctionsAndPrintValuesAsGoDoes() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Name", "demo-web-1");
        values.put("Ports", "127.0.0.1:8080->80/tcp");
        values.put("Networks", "demo_default,demo_back");
        values.put("ExitCode", 3);
        values.put("Empty", "");
        Map<String, Object> port = new LinkedHashMap<>();
        port.put("URL", "127.0.0.1");
        port.put("TargetPort", 80);
        values.put("Publishers", List.of(new GoTemplate.Struct(port)));
        values.put("Label", (GoTemplate.Method) args -> args.get(0).equals("tier") ? "front" : "");
        assertEquals("DEMO-WEB-1 demo| demo-web-1 |[demo_default demo_back] 10",
                GoTemplate.parse("{{.Name | upper}} {{truncate .Name 4}}|{{pad .Name 1 1}}|{{split .Networks \",\"}} {{len .Name}}")
                        .render(values));
        assertEquals("\"127.0.0.1:8080->80/tcp\" 3 [{127.0.0.1 80}] [{\"URL\":\"127.0.0.1\",\"TargetPort\":80}]",
                GoTemplate.parse("{{json .Ports}} {{json .ExitCode}} {{.Publishers}} {{json .Publishers}}").render(values),
                "the json function does not escape HTML");
        assertEquals("front|x-demo-web-1|Demo-Web-1", GoTemplate.parse("{{.Label \"tier\"}}|{{printf \"x-%s\" .Name}}|{{title .Name}}")
                .render(values));
        assertEquals("ports:\nempty:\n", GoTemplate.parse("ports: {{- pad .Empty 1 0}}\nempty: {{- pad .Empty 1 0}}\n")
                .render(values), "pad leaves an empty value empty; {{- trims the space before");
        assertEquals("{\"Empty\":\"\",\"ExitCode\":3,\"Name\":\"demo-web-1\",\"Networks\":\"demo_default,demo_back\","
                        + "\"Ports\":\"127.0.0.1:8080-\\u003e80/tcp\",\"Publishers\":[{\"URL\":\"127.0.0.1\",\"TargetPort\":80}]}",
                GoTemplate.parse("{{json .}}").render(values), "the whole row: sorted, HTML escaped, without methods");
        assertEquals("NAME\t<no value>\ttier", GoTemplate.parse("table {{.Name}}\\t{{.Ports}}\\t{{.Label \"tier\"}}")
                .renderHeader(Map.of("Name", "NAME")));
        IllegalArgumentException unclosed = assertThrows(IllegalArgumentException.class,
                () -> GoTemplate.parse("{{if .Name}}x"));
        assertEquals("template: unexpected EOF in if", unclosed.getMessage());
        IllegalArgumentException args = assertThrows(IllegalArgumentException.class,
                () -> GoTemplate.parse("{{upper .Name .Name}}").render(values));
        assertEquals("template: wrong number of args for upper: want 1 got 2", args.getMessage());
    }

    @Test
    void templatesBranchAndLoopAsGoDoes() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Name", "demo-web-1");
        values.put("State", "running");
        values.put("ExitCode", 0);
        values.put("Publishers", List.of(new GoTemplate.Struct(new LinkedHashMap<>(Map.of("URL", "127.0.0.1"))),
                new GoTemplate.Struct(new LinkedHashMap<>(Map.of("URL", "::1")))));
        values.put("None", List.of());
        assertEquals("up", GoTemplate.parse("{{if eq .State \"exited\"}}down{{else if eq .State \"running\"}}up"
                + "{{else}}?{{end}}").render(values));
        assertEquals("clean", GoTemplate.parse("{{if and (eq .ExitCode 0) (not (eq .State \"dead\"))}}clean{{end}}")
                .render(values));
        assertEquals("127.0.0.1/demo-web-1 ::1/demo-web-1 none", GoTemplate.parse(
                "{{range .Publishers}}{{.URL}}/{{$.Name}} {{end}}{{range .None}}x{{else}}none{{end}}").render(values));
        assertEquals("10", GoTemplate.parse("{{with .Name}}{{len .}}{{end}}{{with .None}}x{{end}}").render(values));
        assertEquals("running\n", GoTemplate.parse("{{- if .State }}\n  {{- .State -}}\n{{ end }}\n").render(values));
        IllegalArgumentException define = assertThrows(IllegalArgumentException.class,
                () -> GoTemplate.parse("{{define \"x\"}}{{end}}"));
        assertEquals("template: the define action is not supported", define.getMessage());
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
