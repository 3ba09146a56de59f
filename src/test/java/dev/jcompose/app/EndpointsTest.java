package dev.jcompose.app;

import dev.jcompose.engine.PublishedPort;
import dev.jcompose.model.Healthcheck;
import dev.jcompose.model.Port;
import dev.jcompose.model.Service;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rule that decides between a URL and host:port. */
class EndpointsTest {

    private static final Service PLAIN = Service.builder("s").build();

    private static String address(Service s, int containerPort, String hostIp, int hostPort) {
        return Endpoints.address(s, new PublishedPort(containerPort, "tcp", hostIp, hostPort));
    }

    @Test
    void wellKnownHttpPortsBecomeUrls() {
        assertEquals("http://127.0.0.1:8000", address(PLAIN, 80, "127.0.0.1", 8000));
        assertEquals("http://127.0.0.1:32768", address(PLAIN, 8080, "0.0.0.0", 32768));
        assertEquals("https://127.0.0.1:8443", address(PLAIN, 443, "::", 8443));
        assertEquals("127.0.0.1:5432", address(PLAIN, 5432, "127.0.0.1", 5432));
    }

    @Test
    void aSpecificHostAddressIsKeptAndIpv6IsBracketed() {
        assertEquals("http://10.0.0.5:80", address(PLAIN, 80, "10.0.0.5", 80));
        assertEquals("http://[::1]:80", address(PLAIN, 80, "::1", 80));
    }

    @Test
    void anHttpHealthcheckMakesTheServicesPortsUrls() {
        Service s = Service.builder("s").healthcheck(new Healthcheck(
                List.of("CMD", "wget", "-q", "http://127.0.0.1:7000/health"), null, null, null, null, null, false)).build();
        assertEquals("http://127.0.0.1:7000", address(s, 7000, "127.0.0.1", 7000));
        Service disabled = Service.builder("s").healthcheck(new Healthcheck(
                List.of("CMD", "wget", "-q", "http://127.0.0.1:7000/health"), null, null, null, null, null, true)).build();
        assertEquals("127.0.0.1:7000", address(disabled, 7000, "127.0.0.1", 7000));
    }

    @Test
    void appProtocolWinsOverThePortNumber() {
        Service grpc = Service.builder("s").ports(List.of(new Port(8080, "8080", null, "tcp", "ingress", null, "grpc")))
                .build();
        assertEquals("127.0.0.1:8080", address(grpc, 8080, "0.0.0.0", 8080));
        Service http = Service.builder("s").ports(List.of(new Port(7000, "7000", null, "tcp", "ingress", null, "http")))
                .build();
        assertEquals("http://127.0.0.1:7000", address(http, 7000, "0.0.0.0", 7000));
    }

    @Test
    void udpIsMarkedAndBindingsAreListedOnce() {
        assertEquals("127.0.0.1:53/udp", Endpoints.address(PLAIN, new PublishedPort(53, "udp", "0.0.0.0", 53)));
        List<Endpoint> both = Endpoints.of(PLAIN, "c", List.of(new PublishedPort(80, "tcp", "0.0.0.0", 8080),
                new PublishedPort(80, "tcp", "::", 8080), new PublishedPort(9000, "tcp", null, 0)));
        assertEquals(List.of(new Endpoint("s", "c", 80, "http://127.0.0.1:8080")), both);
    }
}
