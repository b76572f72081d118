package org.doorstep.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of the server that, when {@link #dropRate} says so, throws away the
 * server's answer and cuts the connection: the server has done the work (committed the note, issued
 * the receipt), the tablet never hears of it. Also notes every status line it passes on, so a test
 * can say which answers tablets got.
 */
public final class DroppingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final AtomicInteger dropped = new AtomicInteger();
    private final StatusLog statuses = new StatusLog();
    /** Share of answers thrown away, 0 to 1. */
    public volatile double dropRate;

    public DroppingProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "dropping-proxy");
        t.setDaemon(true);
        t.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/");
    }

    public int dropped() {
        return dropped.get();
    }

    public StatusLog statuses() {
        return statuses;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread t = new Thread(() -> relay(client), "proxy-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket server = new Socket()) {
            try {
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 2000);
            } catch (IOException refused) {
                return; // the server is down: the tablet sees the connection close, as with no signal
            }
            Thread up = new Thread(() -> pump(client, server), "proxy-up");
            up.setDaemon(true);
            up.start();
            byte[] buf = new byte[16384];
            InputStream in = server.getInputStream();
            OutputStream out = client.getOutputStream();
            int n;
            while ((n = in.read(buf)) > 0) {
                statuses.record(buf, n);
                if (dropRate > 0 && startsAnswer(buf, n) && ThreadLocalRandom.current().nextDouble() < dropRate) {
                    dropped.incrementAndGet();
                    return; // both sockets close: the answer is lost after the server did the work
                }
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // either side went away; the other sees its socket close
        }
    }

    private static boolean startsAnswer(byte[] buf, int n) {
        return n >= 5 && buf[0] == 'H' && buf[1] == 'T' && buf[2] == 'T' && buf[3] == 'P' && buf[4] == '/';
    }

    private static void pump(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // closed
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException e) {
                // closed already
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    /** How many answers of each status passed the proxy (dropped ones included). */
    public static final class StatusLog {
        private final java.util.Map<Integer, AtomicInteger> counts = new java.util.concurrent.ConcurrentHashMap<>();
        /** The answers a tablet must never see in an outage, kept whole so a failure says which and why. */
        private final java.util.Queue<String> refusals = new java.util.concurrent.ConcurrentLinkedQueue<>();

        void record(byte[] buf, int n) {
            if (startsAnswer(buf, n) && n >= 12) {
                try {
                    int status = Integer.parseInt(new String(buf, 9, 3, java.nio.charset.StandardCharsets.US_ASCII));
                    counts.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    if (status == 401 || status == 403 || status == 404) {
                        refusals.add(new String(buf, 0, Math.min(n, 1200), java.nio.charset.StandardCharsets.UTF_8));
                    }
                } catch (NumberFormatException e) {
                    // not a status line
                }
            }
        }

        public int count(int status) {
            AtomicInteger c = counts.get(status);
            return c == null ? 0 : c.get();
        }

        @Override
        public String toString() {
            return new java.util.TreeMap<>(counts) + (refusals.isEmpty() ? "" : " refusals: " + refusals);
        }
    }
}
