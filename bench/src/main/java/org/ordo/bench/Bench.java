package org.ordo.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load benchmark for a running Ordo, through its REST API.
 *
 * <pre>
 *   Bench [N [C]]          create, comment, action, grid and read phases with N orders, C clients
 *   Bench --fill M [C]     create orders until the database holds M, then the grid and read phases
 * </pre>
 *
 * Environment: ORDO_URL (default http://localhost:8181/api/v1; several, comma-separated, for nodes
 * sharing one database: requests go to each in turn), ORDO_USER / ORDO_PASSWORD
 * (default agent/agent), ORDO_PID (the server's pid, for its memory).
 */
public final class Bench {
    private static final int PRODUCTS = 50;
    private static final int CUSTOMERS = 100;
    private static final int LINES_PER_ORDER = 3;
    private static final int FILL_READS = 1000;
    private static final int SAMPLE_WINDOWS = 40;

    private static final String[] FIRST_NAMES = {"Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta",
        "Hugo", "Ida", "Jonas", "Karla", "Lukas", "Mia", "Noah", "Olga", "Paul"};
    private static final String[] LAST_NAMES = {"Schmidt", "Meyer", "Weber", "Wagner", "Becker", "Hoffmann",
        "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Hartmann",
        "Lange", "Werner", "Krause", "Lehmann", "Walter"};

    private final Http http;
    private final int threads;
    private final String runId = "B" + System.currentTimeMillis() / 1000;
    private final List<String> skus = new ArrayList<>();
    private final List<JsonNode> customerIds = new ArrayList<>();
    private final List<String> lastNames = new ArrayList<>();

    private Bench(Http http, int threads) {
        this.http = http;
        this.threads = threads;
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println("usage: bench/run [N [C]] | bench/run --fill M [C] | ORDO_DATA=<folder> bench/run --load M");
            System.exit(2);
        } catch (IllegalStateException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(1);
        }
    }

    private static int run(String[] args) {
        if (args.length > 0 && args[0].equals("--load")) {
            return load(args);
        }
        boolean fill = args.length > 0 && args[0].equals("--fill");
        int first = fill ? 1 : 0;
        if (fill && args.length < 2) {
            throw new IllegalArgumentException("--fill needs the total number of orders M");
        }
        int count = args.length > first ? positive(args[first], fill ? "M" : "N") : 1000;
        int threads = args.length > first + 1 ? positive(args[first + 1], "C") : 8;
        if (args.length > first + 2) {
            throw new IllegalArgumentException("too many arguments");
        }

        String url = env("ORDO_URL", "http://localhost:8181/api/v1");
        Http http = new Http(url, env("ORDO_USER", "agent"), env("ORDO_PASSWORD", "agent"));
        checkReachable(http);

        Bench bench = new Bench(http, threads);
        bench.setUp();
        if (fill) {
            bench.fill(count);
        } else {
            bench.full(count);
        }
        bench.printServerMemory();
        return 0;
    }

    /** Scale mode's direct loader, on the database of a stopped Ordo under ORDO_DATA. */
    private static int load(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("--load needs the total number of orders M, and nothing else");
        }
        int target = positive(args[1], "M");
        String data = System.getenv("ORDO_DATA");
        if (data == null || data.isBlank()) {
            throw new IllegalArgumentException("--load needs ORDO_DATA, the data folder of the stopped Ordo");
        }
        try (Load load = new Load(Path.of(data))) {
            load.fillTo(target);
            System.out.printf(Locale.ROOT, "load: database %.0f MiB on disk%n", load.bytesOnDisk() / 1048576.0);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("load failed: " + e.getMessage(), e);
        }
        return 0;
    }

    /** The complete run: create, comment, action, grid, read. */
    private void full(int n) {
        Created create = createOrders("create", n, null);
        List<String> orders = create.ids();
        if (orders.isEmpty()) {
            throw new IllegalStateException("no order could be created; see the failures above");
        }
        comments(orders);
        actions(orders);
        awaitNotificationsSent(orders.get(0), orders.get(Math.max(0, orders.size() / 2 + orders.size() / 4 - 1)));
        grid(Math.max(100, n / 2), customerIds);
        reads(orders, n);
        rawCreate(n, create.stats());
    }

    /** The same orders' rows straight to Derby over JDBC, and how close {@code create} comes to that. */
    private void rawCreate(int n, Phase.Stats create) {
        try (RawCreate raw = new RawCreate()) {
            Phase.Stats stats = new Phase("raw-create", threads, 201).run(n, raw::create);
            System.out.println(stats.line());
            System.out.printf(Locale.ROOT, "efficiency create/raw-create=%.2f%n", create.opsPerSecond() / stats.opsPerSecond());
        }
    }

    /**
     * Fills the database to {@code target} orders, then measures the grid and single reads on orders and
     * customers sampled across the whole database, not only on the ones this run created.
     */
    private void fill(int target) {
        long existing = ordersPresent();
        long missing = Math.max(0, target - existing);
        System.out.printf(Locale.ROOT, "fill: %d orders present, creating %d to reach %d%n", existing, missing, target);
        createOrders("fill", (int) missing, new AtomicInteger());
        Sample sample = sampleAcrossTime();
        grid(FILL_READS / 2, sample.customerIds());
        reads(sample.orderIds(), FILL_READS);
    }

    /**
     * How many orders exist: the grid's total while it is exact, else the dashboard's orders by status,
     * which counts them all (the grid stops counting a long list).
     */
    private long ordersPresent() {
        JsonNode grid = expect(200, http.get("/orders?size=1"), "counting orders").json();
        if (grid.path("totalExact").asBoolean(true)) {
            return grid.path("total").asLong();
        }
        long present = 0;
        for (JsonNode count : expect(200, http.get("/dashboard"), "counting orders by status").json().path("ordersByStatus")) {
            present += count.asLong();
        }
        return present;
    }

    /** Orders and their customers from windows spread between the oldest and the newest order. */
    private record Sample(List<String> orderIds, List<JsonNode> customerIds) {
    }

    /**
     * Windows ending at times spread over the orders' creation times, each read newest first: the order
     * the grid's indexes hold, so that sampling a large database stays cheap.
     */
    private Sample sampleAcrossTime() {
        Instant newest = Instant.parse(http.get("/orders?sort=-createdAt&size=1").json().at("/items/0/createdAt").asText());
        Duration back = Duration.ofHours(1);
        while (back.toDays() < 365L * 100 && http.get("/orders?sort=-createdAt&size=1&createdTo="
                + encode(newest.minus(back).toString())).json().path("items").size() > 0) {
            back = back.multipliedBy(2);
        }
        List<String> orders = new ArrayList<>();
        Set<String> customers = new LinkedHashSet<>();
        for (int window = 1; window <= SAMPLE_WINDOWS; window++) {
            Instant to = newest.minus(back.multipliedBy(window - 1).dividedBy(SAMPLE_WINDOWS));
            JsonNode page = expect(200, http.get("/orders?sort=-createdAt&size=50&createdTo=" + encode(to.toString())),
                    "sampling orders").json();
            for (JsonNode order : page.path("items")) {
                orders.add(order.path("id").asText());
                customers.add(order.path("customerId").asText());
            }
        }
        List<JsonNode> customerIds = customers.stream().<JsonNode>map(TextNode::valueOf).toList();
        System.out.printf(Locale.ROOT, "fill: sampled %d orders of %d customers created up to %s before %s%n",
                orders.size(), customerIds.size(), back, newest);
        return new Sample(orders, customerIds);
    }

    // ---- setup (not timed) ----

    private void setUp() {
        for (int i = 0; i < PRODUCTS; i++) {
            String sku = runId + "-P" + i;
            Map<String, Object> product = new LinkedHashMap<>();
            product.put("sku", sku);
            product.put("name", "Bench product " + i);
            product.put("price", "19.99");
            product.put("currency", "EUR");
            product.put("taxRate", "19");
            product.put("stock", 100_000_000);
            expect(201, http.post("/products", product), "creating product " + sku);
            skus.add(sku);
        }
        for (int i = 0; i < CUSTOMERS; i++) {
            String lastName = LAST_NAMES[i % LAST_NAMES.length];
            Map<String, Object> customer = new LinkedHashMap<>();
            customer.put("firstName", FIRST_NAMES[i % FIRST_NAMES.length]);
            customer.put("lastName", lastName);
            customer.put("email", runId.toLowerCase(Locale.ROOT) + "-c" + i + "@bench.example");
            JsonNode created = expect(201, http.post("/customers", customer), "creating customer " + i).json();
            customerIds.add(created.path("id"));
            lastNames.add(lastName);
        }
        System.out.printf(Locale.ROOT, "setup: %d products, %d customers (run %s) against %s, %d clients%n",
                PRODUCTS, CUSTOMERS, runId, String.join(" and ", http.bases()), threads);
    }

    // ---- phases ----

    /** The orders a phase created, and its measurements. */
    private record Created(List<String> ids, Phase.Stats stats) {
    }

    /** Creates {@code n} orders; with a progress counter, reports every 10%. */
    private Created createOrders(String name, int n, AtomicInteger progress) {
        String[] ids = new String[n];
        int step = Math.max(1, n / 10);
        long start = System.nanoTime();
        Phase.Stats stats = new Phase(name, threads, 201).run(n, i -> {
            Http.Response response = http.post("/orders", randomOrder());
            if (response.status() == 201) {
                ids[i] = response.json().path("id").asText();
            }
            if (progress != null) {
                int done = progress.incrementAndGet();
                if (done % step == 0 || done == n) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "%s: %d%% (%d/%d) %.1f orders/s%n",
                            name, done * 100L / n, done, n, done / seconds);
                }
            }
            return response;
        });
        System.out.println(stats.line());
        List<String> created = new ArrayList<>(n);
        for (String id : ids) {
            if (id != null) {
                created.add(id);
            }
        }
        return new Created(created, stats);
    }

    private void comments(List<String> orders) {
        Http.Response probe = http.post("/orders/" + orders.get(0) + "/comments", Map.of("message", "probe"));
        if (probe.status() == 404) {
            System.out.println("phase=comment skipped (not installed)");
            return;
        }
        int n = orders.size();
        Phase.Stats stats = new Phase("comment", threads, 201).run(n, i ->
                http.post("/orders/" + orders.get(i) + "/comments",
                        Map.of("message", "Bench comment " + i + " on this order")));
        System.out.println(stats.line());
    }

    /** Ships the first half of the orders and cancels the next quarter. */
    private void actions(List<String> orders) {
        Http.Response probe = http.get("/orders/" + orders.get(0) + "/actions");
        if (probe.status() == 404) {
            System.out.println("phase=action skipped (not installed)");
            return;
        }
        int shipped = orders.size() / 2;
        int n = shipped + orders.size() / 4;
        Phase.Stats stats = new Phase("action", threads, 200).run(n, i ->
                http.post("/orders/" + orders.get(i) + "/actions/" + (i < shipped ? "mark-shipped" : "cancel"),
                        Map.of()));
        System.out.println(stats.line());
    }

    /**
     * The actions queue a notification each (shipped, cancelled); the grid and read phases measure
     * reads, not reads beside the email sender working off that backlog. Waits until the last acted
     * order's notification left the outbox, unless the first acted order has none (email not
     * installed, notifications off).
     */
    private void awaitNotificationsSent(String firstActed, String lastActed) {
        long start = System.nanoTime();
        long giveUpAfter = start + TimeUnit.MINUTES.toNanos(5);
        if (notifications(firstActed) == 0) {
            return;
        }
        while (System.nanoTime() < giveUpAfter) {
            if (notifications(lastActed) > 0 && queued(lastActed) == 0) {
                System.out.printf(Locale.ROOT, "settle: the actions' notifications were sent %.1f s after the last action%n",
                        (System.nanoTime() - start) / 1e9);
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.out.println("settle: notifications still queued after 5 minutes; measuring anyway");
    }

    /** How many emails the order has; 0 too when email is not installed. */
    private int notifications(String orderId) {
        Http.Response emails = http.get("/orders/" + orderId + "/emails");
        return emails.status() == 200 ? emails.json().size() : 0;
    }

    private int queued(String orderId) {
        int queued = 0;
        for (JsonNode email : http.get("/orders/" + orderId + "/emails").json()) {
            queued += "QUEUED".equals(email.path("status").asText()) ? 1 : 0;
        }
        return queued;
    }

    /** Cycles the three typical grid queries: open orders, one customer's orders, a name search. */
    private void grid(int n, List<JsonNode> customers) {
        Phase.Stats stats = new Phase("grid", threads, 200).run(n, i -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            switch (i % 3) {
                case 0:
                    return http.get("/orders?status=OPEN&sort=-createdAt&size=50");
                case 1:
                    JsonNode customer = customers.get(random.nextInt(customers.size()));
                    return http.get("/orders?customerId=" + encode(customer.asText()) + "&sort=-createdAt&size=50");
                default:
                    String lastName = lastNames.get(random.nextInt(lastNames.size()));
                    return http.get("/orders?q=" + encode(lastName.substring(0, 3)) + "&size=50");
            }
        });
        System.out.println(stats.line());
    }

    private void reads(List<String> orders, int n) {
        Phase.Stats stats = new Phase("read", threads, 200).run(n, i ->
                http.get("/orders/" + orders.get(ThreadLocalRandom.current().nextInt(orders.size()))));
        System.out.println(stats.line());
    }

    private void printServerMemory() {
        String pid = System.getenv("ORDO_PID");
        Path status = pid == null || pid.isBlank() ? null : Path.of("/proc", pid.trim(), "status");
        if (status == null || !Files.isReadable(status)) {
            System.out.println("server_peak_rss_mb=unknown");
            return;
        }
        try {
            String peak = "unknown";
            String current = "unknown";
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    peak = mebibytes(line);
                } else if (line.startsWith("VmRSS:")) {
                    current = mebibytes(line);
                }
            }
            System.out.println("server_peak_rss_mb=" + peak);
            System.out.println("server_rss_mb=" + current);
        } catch (IOException e) {
            System.out.println("server_peak_rss_mb=unknown");
        }
    }

    // ---- helpers ----

    private Map<String, Object> randomOrder() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Map<String, Object>> lines = new ArrayList<>(LINES_PER_ORDER);
        int[] picked = random.ints(0, skus.size()).distinct().limit(LINES_PER_ORDER).toArray();
        for (int index : picked) {
            lines.add(Map.of("sku", skus.get(index), "quantity", 1 + random.nextInt(3)));
        }
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("customerId", customerIds.get(random.nextInt(customerIds.size())));
        order.put("lines", lines);
        return order;
    }

    private static void checkReachable(Http http) {
        for (String base : http.bases()) {
            try {
                Http.Response health = http.health(base);
                if (health.status() != 200) {
                    throw new IllegalStateException("Ordo at " + base + " answers /health with HTTP "
                            + health.status() + ": " + abbreviate(health.body()));
                }
            } catch (IOException e) {
                String reason = e instanceof java.net.ConnectException ? "connection refused" : e.toString();
                throw new IllegalStateException("Ordo is not reachable at " + base + " (" + reason
                        + "). Start it (./ordo start) or set ORDO_URL.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        }
    }

    private static Http.Response expect(int status, Http.Response response, String what) {
        if (response.status() != status) {
            String hint = response.status() == 401 || response.status() == 403
                    ? " (check ORDO_USER / ORDO_PASSWORD)" : "";
            throw new IllegalStateException(what + ": expected HTTP " + status + ", got " + response.status()
                    + hint + ": " + abbreviate(response.body()));
        }
        return response;
    }

    private static String mebibytes(String statusLine) {
        long kib = Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
        return String.format(Locale.ROOT, "%.1f", kib / 1024.0);
    }

    private static int positive(String value, String name) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive number, not '" + value + "'");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() > 500 ? flat.substring(0, 500) + "..." : flat;
    }
}
