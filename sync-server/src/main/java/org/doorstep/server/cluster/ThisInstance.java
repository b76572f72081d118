package org.doorstep.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The name this server instance gives itself in the database (who holds a lease, who claimed the
 * service's key): the host, the process and a random part, so two instances on one host, or one
 * instance restarted, are told apart.
 */
@ApplicationScoped
public class ThisInstance {

    private final String name = host() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);

    public String name() {
        return name;
    }

    private static String host() {
        try {
            String h = InetAddress.getLocalHost().getHostName();
            return h.length() > 60 ? h.substring(0, 60) : h;
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
