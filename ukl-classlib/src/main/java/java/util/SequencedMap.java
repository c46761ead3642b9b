package java.util;

/**
 * A map with a defined encounter order of its mappings (JDK 21). The defaults are the JDK's: the
 * ends through the entry set's iterator and {@link #reversed()}'s, entries returned as snapshots
 * that cannot be set, and putting at an end unsupported unless an implementation says otherwise.
 */
public interface SequencedMap<K, V> extends Map<K, V> {
    /** A view in the opposite order; changes through either show in the other. */
    SequencedMap<K, V> reversed();

    default Map.Entry<K, V> firstEntry() {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        return it.hasNext() ? new AbstractMap.SimpleImmutableEntry<>(it.next()) : null;
    }

    default Map.Entry<K, V> lastEntry() {
        Iterator<Map.Entry<K, V>> it = reversed().entrySet().iterator();
        return it.hasNext() ? new AbstractMap.SimpleImmutableEntry<>(it.next()) : null;
    }

    default Map.Entry<K, V> pollFirstEntry() {
        return SequencedViews.poll(entrySet().iterator());
    }

    default Map.Entry<K, V> pollLastEntry() {
        return SequencedViews.poll(reversed().entrySet().iterator());
    }

    default V putFirst(K k, V v) {
        throw new UnsupportedOperationException();
    }

    default V putLast(K k, V v) {
        throw new UnsupportedOperationException();
    }

    default SequencedSet<K> sequencedKeySet() {
        return new SequencedViews.Keys<>(this);
    }

    default SequencedCollection<V> sequencedValues() {
        return new SequencedViews.Values<>(this);
    }

    default SequencedSet<Map.Entry<K, V>> sequencedEntrySet() {
        return new SequencedViews.Entries<>(this);
    }
}
