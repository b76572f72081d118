package org.doorstep.bench;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The knobs of one load run, read from {@code --name value} pairs. */
record LoadOptions(URI server, int notes, int devices, int concurrency, int batchSize, List<String> users,
                   String password, int reportEvery, int warmup, int cases) {

    static final String USAGE = """
            usage: NoteLoad [--server http://localhost:8080] [--notes 20000] [--devices 16] [--concurrency 16]
                            [--batch 1] [--users amara.okafor,tom.price] [--password doorstep-demo]
                            [--report-every 0] [--warmup 2000] [--cases 0]
              --batch 1      one note per POST /api/v1/notes; more than 1 sends POST /api/v1/notes/batch
              --report-every prints throughput for each block of that many notes (0: only the total),
                             which shows whether the server slows as notes accumulate
              --cases N      each device writes to at most N cases of its caseload (0: all of them); with
                             the bench profile's team (--users bench.p01,...) each caseload holds 25 cases
            """;

    static LoadOptions parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Unexpected argument '" + args[i] + "'\n" + USAGE);
            }
            m.put(args[i].substring(2), args[++i]);
        }
        LoadOptions o = new LoadOptions(
                URI.create(m.getOrDefault("server", "http://localhost:8080")),
                Integer.parseInt(m.getOrDefault("notes", "20000")),
                Integer.parseInt(m.getOrDefault("devices", "16")),
                Integer.parseInt(m.getOrDefault("concurrency", "16")),
                Integer.parseInt(m.getOrDefault("batch", "1")),
                Arrays.asList(m.getOrDefault("users", "amara.okafor,tom.price").split(",")),
                m.getOrDefault("password", "doorstep-demo"),
                Integer.parseInt(m.getOrDefault("report-every", "0")),
                Integer.parseInt(m.getOrDefault("warmup", "2000")),
                Integer.parseInt(m.getOrDefault("cases", "0")));
        if (o.notes < 1 || o.devices < 1 || o.concurrency < 1 || o.batchSize < 1 || o.batchSize > 100 || o.cases < 0) {
            throw new IllegalArgumentException("notes, devices and concurrency must be positive; batch 1..100\n" + USAGE);
        }
        return o;
    }
}
