package java.util;

/** A map ordered by its keys' natural order or a comparator. */
public interface SortedMap<K, V> extends SequencedMap<K, V> {
    Comparator<? super K> comparator();

    SortedMap<K, V> subMap(K fromKey, K toKey);

    SortedMap<K, V> headMap(K toKey);

    SortedMap<K, V> tailMap(K fromKey);

    K firstKey();

    K lastKey();

    @Override
    Set<K> keySet();

    @Override
    Collection<V> values();

    @Override
    Set<Map.Entry<K, V>> entrySet();

    /** The order is the comparator's: a mapping cannot be put at an end. */
    @Override
    default V putFirst(K k, V v) {
        throw new UnsupportedOperationException();
    }

    @Override
    default V putLast(K k, V v) {
        throw new UnsupportedOperationException();
    }

    @Override
    default SortedMap<K, V> reversed() {
        return ReverseOrderSortedMapView.of(this);
    }
}
