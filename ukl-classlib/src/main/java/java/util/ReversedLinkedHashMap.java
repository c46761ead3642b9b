package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@link LinkedHashMap#reversed()}: every operation is the base's, with the ends swapped
 * (putFirst here is putLast there) and the views walking the base's list from its tail. Equality
 * and hash code are the base's, as the JDK's.
 */
final class ReversedLinkedHashMap<K, V> extends AbstractMap<K, V> implements SequencedMap<K, V> {
    private final LinkedHashMap<K, V> base;

    ReversedLinkedHashMap(LinkedHashMap<K, V> base) {
        this.base = base;
    }

    @Override
    public boolean equals(Object o) {
        return base.equals(o);
    }

    @Override
    public int hashCode() {
        return base.hashCode();
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public boolean isEmpty() {
        return base.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return base.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return base.containsValue(value);
    }

    @Override
    public V get(Object key) {
        return base.get(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return base.getOrDefault(key, defaultValue);
    }

    @Override
    public V put(K key, V value) {
        return base.put(key, value);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        base.putAll(m);
    }

    @Override
    public V remove(Object key) {
        return base.remove(key);
    }

    @Override
    public boolean remove(Object key, Object value) {
        return base.remove(key, value);
    }

    @Override
    public void clear() {
        base.clear();
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return base.putIfAbsent(key, value);
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return base.replace(key, oldValue, newValue);
    }

    @Override
    public V replace(K key, V value) {
        return base.replace(key, value);
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        return base.computeIfAbsent(key, mappingFunction);
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        return base.computeIfPresent(key, remappingFunction);
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        return base.compute(key, remappingFunction);
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        return base.merge(key, value, remappingFunction);
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int mc = base.modCount;
        for (LinkedHashMap.Entry<K, V> e = base.tail; e != null; e = e.before) {
            action.accept(e.key, e.value);
        }
        if (base.modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int mc = base.modCount;
        for (LinkedHashMap.Entry<K, V> e = base.tail; e != null; e = e.before) {
            e.value = function.apply(e.key, e.value);
        }
        if (base.modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public Set<K> keySet() {
        return base.sequencedKeySet().reversed();
    }

    @Override
    public Collection<V> values() {
        return base.sequencedValues().reversed();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return base.sequencedEntrySet().reversed();
    }

    @Override
    public SequencedMap<K, V> reversed() {
        return base;
    }

    @Override
    public Map.Entry<K, V> firstEntry() {
        return base.lastEntry();
    }

    @Override
    public Map.Entry<K, V> lastEntry() {
        return base.firstEntry();
    }

    @Override
    public Map.Entry<K, V> pollFirstEntry() {
        return base.pollLastEntry();
    }

    @Override
    public Map.Entry<K, V> pollLastEntry() {
        return base.pollFirstEntry();
    }

    @Override
    public V putFirst(K k, V v) {
        return base.putLast(k, v);
    }

    @Override
    public V putLast(K k, V v) {
        return base.putFirst(k, v);
    }
}
