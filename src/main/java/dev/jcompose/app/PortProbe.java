package dev.jcompose.app;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Whether a host port is free, found by binding it for a moment as the engine would. */
final class PortProbe {

    private PortProbe() {
    }

    /**
     * @param hostIp null or empty = every address (0.0.0.0)
     * @return null when the port could be bound, else why not
     */
    static String tryBind(String hostIp, int port, String protocol) {
        try {
            InetAddress address = InetAddress.getByName(hostIp == null || hostIp.isEmpty() ? "0.0.0.0" : hostIp);
            if ("udp".equalsIgnoreCase(protocol)) {
                try (DatagramSocket socket = new DatagramSocket(null)) {
                    socket.bind(new InetSocketAddress(address, port));
                }
            } else {
                try (ServerSocket socket = new ServerSocket()) {
                    socket.setReuseAddress(true); // a socket in TIME_WAIT does not keep the engine from binding
                    socket.bind(new InetSocketAddress(address, port));
                }
            }
            return null;
        } catch (IOException | SecurityException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
