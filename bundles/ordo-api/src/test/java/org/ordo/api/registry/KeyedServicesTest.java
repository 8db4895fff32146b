package org.ordo.api.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class KeyedServicesTest {
    private static final String KEY = "test.key";

    private final KeyedServices<String> services = new KeyedServices<>(String.class, KEY);

    /** Properties as DS hands them to a bind method. */
    private static Map<String, Object> properties(long id, Object key, Integer ranking) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("service.id", id);
        properties.put("service.bundleid", 7L);
        if (key != null) {
            properties.put(KEY, key);
        }
        if (ranking != null) {
            properties.put("service.ranking", ranking);
        }
        return properties;
    }

    private String serving(String key) {
        return services.find(key).map(Keyed::service).orElse(null);
    }

    @Test
    void theHighestRankingServesWhateverTheOrderOfArrival() {
        services.add("built-in", properties(1, "cancel", null));
        services.add("override", properties(2, "cancel", 100));
        services.add("lower", properties(3, "cancel", -5));
        assertEquals("override", serving("cancel"));

        KeyedServices<String> reversed = new KeyedServices<>(String.class, KEY);
        reversed.add("override", properties(2, "cancel", 100));
        reversed.add("built-in", properties(1, "cancel", null));
        assertEquals("override", reversed.find("cancel").orElseThrow().service());
    }

    @Test
    void ofEqualRankingsTheOldestServes() {
        services.add("younger", properties(12, "hold", 5));
        services.add("older", properties(11, "hold", 5));
        assertEquals("older", serving("hold"));
    }

    @Test
    void whenTheServingOneLeavesTheNextServesAndThenNone() {
        services.add("built-in", properties(1, "cancel", 0));
        services.add("override", properties(2, "cancel", 10));
        services.remove(properties(2, "cancel", 10));
        assertEquals("built-in", serving("cancel"));
        services.remove(properties(1, "cancel", 0));
        assertTrue(services.find("cancel").isEmpty());
        assertEquals(List.of(), services.all());
    }

    @Test
    void aServiceWithoutAUsableKeyIsIgnored() {
        services.add("no key", properties(1, null, null));
        services.add("blank key", properties(2, "  ", null));
        services.add("not a string", properties(3, 42, null));
        services.add("list of keys", properties(4, new String[] { "a", "b" }, null));
        assertEquals(List.of(), services.all());
        services.remove(properties(1, null, null));
        assertEquals(List.of(), services.all());
    }

    @Test
    void anUpdatedServiceMovesToItsNewKeyOrRanking() {
        services.add("a", properties(1, "first", null));
        services.update("a", properties(1, "second", null));
        assertEquals(List.of("second"), services.keys());

        services.add("b", properties(2, "second", null));
        assertEquals("a", serving("second"));
        services.update("b", properties(2, "second", 1));
        assertEquals("b", serving("second"));
        services.update("b", properties(2, null, 1));
        assertEquals("a", serving("second"));
        services.update("b", properties(2, "second", 1));
        assertEquals("b", serving("second"));
    }

    @Test
    void keysAreSortedAndSpeltAsDeclared() {
        KeyedServices<String> carriers = new KeyedServices<>(String.class, KEY, key -> key.toUpperCase(Locale.ROOT));
        carriers.add("ups", properties(1, "UPS", null));
        carriers.add("fedex", properties(2, " FedEx ", null));
        carriers.add("dhl", properties(3, "dhl", null));
        assertEquals(List.of("dhl", "FedEx", "UPS"), carriers.keys());
        assertEquals("FedEx", carriers.find("fedex").orElseThrow().key());
        assertEquals("ups", carriers.find(" ups").orElseThrow().service());
        assertTrue(carriers.find(null).isEmpty());
        assertTrue(carriers.find("pigeon").isEmpty());
        // Without a normaliser keys compare exactly
        services.add("x", properties(4, "Hold", null));
        assertTrue(services.find("hold").isEmpty());
    }

    @Test
    void propertiesWithoutAServiceIdAreAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> services.add("x", Map.of(KEY, "k")));
    }

    @Test
    void readersSeeOneServicePerKeyWhileServicesComeAndGo() throws InterruptedException {
        services.add("stays", properties(1, "k", 0));
        AtomicBoolean done = new AtomicBoolean();
        List<String> seen = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                String found = serving("k");
                if (!"stays".equals(found) && !"override".equals(found)) {
                    synchronized (seen) {
                        seen.add(String.valueOf(found));
                    }
                }
                if (services.all().size() != 1) {
                    synchronized (seen) {
                        seen.add("keys " + services.keys());
                    }
                }
            }
        });
        reader.start();
        for (long id = 2; id < 20_000; id++) {
            services.add("override", properties(id, "k", 10));
            services.remove(properties(id, "k", 10));
        }
        done.set(true);
        reader.join();
        assertEquals(List.of(), seen);
        assertEquals("stays", serving("k"));
    }
}
