package java.util;

/** The comparators of {@code Map.Entry.comparingByKey/Value} (the class library has no lambdas). */
final class EntryComparators {
    private EntryComparators() {}

    static final class ByKey<K, V> implements Comparator<Map.Entry<K, V>> {
        @SuppressWarnings({"unchecked", "rawtypes"})
        static final ByKey<?, ?> NATURAL = new ByKey<>((Comparator) Comparator.naturalOrder());

        private final Comparator<? super K> keys;

        ByKey(Comparator<? super K> keys) {
            this.keys = keys;
        }

        @Override
        public int compare(Map.Entry<K, V> a, Map.Entry<K, V> b) {
            return keys.compare(a.getKey(), b.getKey());
        }
    }

    static final class ByValue<K, V> implements Comparator<Map.Entry<K, V>> {
        @SuppressWarnings({"unchecked", "rawtypes"})
        static final ByValue<?, ?> NATURAL = new ByValue<>((Comparator) Comparator.naturalOrder());

        private final Comparator<? super V> values;

        ByValue(Comparator<? super V> values) {
            this.values = values;
        }

        @Override
        public int compare(Map.Entry<K, V> a, Map.Entry<K, V> b) {
            return values.compare(a.getValue(), b.getValue());
        }
    }
}
