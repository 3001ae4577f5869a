package tafel.cli;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;

import tafel.app.ExitCode;
import tafel.app.TafelException;

/** The address a server of tafel tells people to open: the laptop as phones and the projector see it. */
final class ServeAddress {

    private ServeAddress() {
    }

    static void checkPort(int port) {
        if (port < 0 || port > 65_535) {
            throw TafelException.of(ExitCode.USAGE, "antwerp.serve.port.invalid", port);
        }
    }

    /** {@code http://HOST:PORT/}: the bind address, or the first address on the hall's network. */
    static String base(String bind, int port) throws SocketException {
        return "http://" + host(bind) + ":" + port + "/";
    }

    private static String host(String bind) throws SocketException {
        if (!bind.equals("0.0.0.0")) {
            return bind;
        }
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            Optional<InetAddress> address = Collections.list(network.getInetAddresses()).stream()
                    .filter(candidate -> candidate instanceof Inet4Address && candidate.isSiteLocalAddress()).findFirst();
            if (network.isUp() && !network.isLoopback() && address.isPresent()) {
                return address.get().getHostAddress();
            }
        }
        return "127.0.0.1";
    }
}
