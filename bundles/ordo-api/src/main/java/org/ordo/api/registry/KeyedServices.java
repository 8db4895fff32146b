package org.ordo.api.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.osgi.framework.Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services of one extension point by the key each declares in a service property, such as
 * {@code ordo.action.name=hold}. Of the services with one key the highest {@code service.ranking}
 * serves, and of equal rankings the oldest (the lowest {@code service.id}), which is how OSGi itself
 * orders services; when it goes, the next one serves. A service without the property, or whose
 * property is not a non-blank string, is ignored, with one warning in the log.
 *
 * <p>A component feeds it from a dynamic, greedy, multiple reference whose bind, updated and unbind
 * methods hand over the service's properties (DS passes a {@code Map<String, Object>} parameter).
 * Arrivals and departures rebuild an immutable snapshot under a lock; readers only read the current
 * snapshot, so a lookup is one map read and never waits for a bundle coming or going.
 *
 * @param <S> the extension interface
 */
public final class KeyedServices<S> {
    private static final Logger LOG = LoggerFactory.getLogger(KeyedServices.class);

    private record Candidate<S>(String key, S service, int ranking, long id) {
    }

    /** Most preferred first: the highest ranking, then the oldest service. */
    private static final Comparator<Candidate<?>> PREFERRED = (a, b) -> a.ranking() != b.ranking()
            ? Integer.compare(b.ranking(), a.ranking()) : Long.compare(a.id(), b.id());

    private record Snapshot<S>(Map<String, Keyed<S>> byKey, List<Keyed<S>> sorted) {
    }

    private final String kind;
    private final String keyProperty;
    private final UnaryOperator<String> normaliser;
    /** Every service that declares a key, by service id; guarded by {@code this}. */
    private final Map<Long, Candidate<S>> candidates = new HashMap<>();
    /** Services without a usable key that were warned about, so each is warned about once; guarded by {@code this}. */
    private final Set<Long> warned = new HashSet<>();
    private volatile Snapshot<S> snapshot = new Snapshot<>(Map.of(), List.of());

    /** Keys compare exactly as declared. */
    public KeyedServices(Class<S> type, String keyProperty) {
        this(type, keyProperty, UnaryOperator.identity());
    }

    /**
     * @param normaliser what makes two keys the same, such as upper-casing for keys that compare
     *                   ignoring case; lookups go through it too
     */
    public KeyedServices(Class<S> type, String keyProperty, UnaryOperator<String> normaliser) {
        this.kind = type.getSimpleName();
        this.keyProperty = keyProperty;
        this.normaliser = normaliser;
    }

    /** A service arrived: call from the reference's bind method. */
    public synchronized void add(S service, Map<String, ?> properties) {
        admit(service, properties);
        publish();
    }

    /** A service's properties changed (its key or its ranking, say): call from the reference's updated method. */
    public synchronized void update(S service, Map<String, ?> properties) {
        candidates.remove(id(properties));
        admit(service, properties);
        publish();
    }

    /** A service left: call from the reference's unbind method. */
    public synchronized void remove(Map<String, ?> properties) {
        long id = id(properties);
        warned.remove(id);
        if (candidates.remove(id) != null) {
            publish();
        }
    }

    /** The service in force for a key, if any. */
    public Optional<Keyed<S>> find(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(snapshot.byKey().get(normaliser.apply(key.trim())));
    }

    /** The services in force, one per key, sorted by key. */
    public List<Keyed<S>> all() {
        return snapshot.sorted();
    }

    /** The keys in force, sorted. */
    public List<String> keys() {
        return all().stream().map(Keyed::key).toList();
    }

    private void admit(S service, Map<String, ?> properties) {
        long id = id(properties);
        Object declared = properties.get(keyProperty);
        if (!(declared instanceof String key) || key.isBlank()) {
            if (warned.add(id)) {
                LOG.warn("{} service {} of bundle {} is ignored: it must declare its key as the service property {}=<key>, a non-blank string; it has {}",
                        kind, id, properties.get(Constants.SERVICE_BUNDLEID), keyProperty, declared == null ? "none" : declared);
            }
            return;
        }
        warned.remove(id);
        candidates.put(id, new Candidate<>(key.trim(), service, ranking(properties), id));
    }

    private void publish() {
        Map<String, List<Candidate<S>>> byKey = new HashMap<>();
        for (Candidate<S> candidate : candidates.values()) {
            byKey.computeIfAbsent(normaliser.apply(candidate.key()), k -> new ArrayList<>()).add(candidate);
        }
        Map<String, Keyed<S>> serving = new HashMap<>();
        byKey.forEach((key, rivals) -> {
            Candidate<S> best = rivals.stream().min(PREFERRED).orElseThrow();
            serving.put(key, new Keyed<>(best.key(), best.service()));
        });
        List<Keyed<S>> sorted = new ArrayList<>(serving.values());
        sorted.sort(Comparator.comparing(keyed -> normaliser.apply(keyed.key())));
        snapshot = new Snapshot<>(Map.copyOf(serving), List.copyOf(sorted));
    }

    private static long id(Map<String, ?> properties) {
        if (properties.get(Constants.SERVICE_ID) instanceof Long id) {
            return id;
        }
        throw new IllegalArgumentException("service properties without " + Constants.SERVICE_ID + ": " + properties);
    }

    /** As OSGi reads it: an Integer, anything else counts as 0. */
    private static int ranking(Map<String, ?> properties) {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }
}
