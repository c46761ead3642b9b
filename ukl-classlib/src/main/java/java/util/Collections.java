package java.util;

/** The static helpers of java.util.Collections that lists need. */
public final class Collections {
    private Collections() {}

    public static <T extends Comparable<? super T>> void sort(List<T> list) {
        list.sort(null);
    }

    public static <T> void sort(List<T> list, Comparator<? super T> c) {
        list.sort(c);
    }

    public static void reverse(List<?> list) {
        swapAll(list);
    }

    private static <T> void swapAll(List<T> list) {
        for (int i = 0, j = list.size() - 1; i < j; i++, j--) {
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    public static void swap(List<?> list, int i, int j) {
        swapTwo(list, i, j);
    }

    private static <T> void swapTwo(List<T> list, int i, int j) {
        list.set(i, list.set(j, list.get(i)));
    }

    public static <T extends Object & Comparable<? super T>> T max(Collection<? extends T> coll) {
        Iterator<? extends T> it = coll.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T next = it.next();
            if (next.compareTo(best) > 0) {
                best = next;
            }
        }
        return best;
    }

    public static <T extends Object & Comparable<? super T>> T min(Collection<? extends T> coll) {
        Iterator<? extends T> it = coll.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T next = it.next();
            if (next.compareTo(best) < 0) {
                best = next;
            }
        }
        return best;
    }

    public static <T> List<T> emptyList() {
        return List.of();
    }

    public static <T> List<T> singletonList(T o) {
        ArrayList<T> one = new ArrayList<>(1);
        one.add(o);
        return unmodifiableList(one);
    }

    public static <T> List<T> nCopies(int n, T o) {
        if (n < 0) {
            throw new IllegalArgumentException("List length = " + n);
        }
        ArrayList<T> copies = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            copies.add(o);
        }
        return unmodifiableList(copies);
    }

    public static <T> List<T> unmodifiableList(List<? extends T> list) {
        return new Unmodifiable<>(list);
    }

    public static <T> int frequency(Collection<?> c, Object o) {
        int n = 0;
        for (Object e : c) {
            if (Objects.equals(o, e)) {
                n++;
            }
        }
        return n;
    }

    /** A read-only view of a list. */
    private static final class Unmodifiable<E> extends AbstractList<E> implements RandomAccess {
        private final List<? extends E> list;

        Unmodifiable(List<? extends E> list) {
            this.list = Objects.requireNonNull(list);
        }

        @Override
        public E get(int index) {
            return list.get(index);
        }

        @Override
        public int size() {
            return list.size();
        }

        @Override
        public void sort(Comparator<? super E> c) {
            throw new UnsupportedOperationException();
        }

        // every mutator refuses before it looks at its arguments, as the JDK's wrapper

        @Override
        public boolean add(E e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(int index, E e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(Collection<? extends E> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(int index, Collection<? extends E> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public E set(int index, E e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public E remove(int index) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean remove(Object o) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeIf(java.util.function.Predicate<? super E> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceAll(java.util.function.UnaryOperator<E> operator) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            return new Unmodifiable<>(list.subList(fromIndex, toIndex));
        }
    }

    // ---- list utilities: shuffle, comparator forms, wrappers ----

    /** Below this size a non-random-access list is shuffled in place, as in the JDK. */
    private static final int SHUFFLE_THRESHOLD = 5;

    private static Random shuffleRandom;

    public static void shuffle(List<?> list) {
        if (shuffleRandom == null) {
            shuffleRandom = new Random();
        }
        shuffle(list, shuffleRandom);
    }

    /**
     * Fisher-Yates from the end, drawing {@code rnd.nextInt(i)} for i = size down to 2: the JDK's
     * exact sequence of draws, so a seeded Random gives the JDK's permutation.
     */
    public static void shuffle(List<?> list, Random rnd) {
        int size = list.size();
        if (size < SHUFFLE_THRESHOLD || list instanceof RandomAccess) {
            for (int i = size; i > 1; i--) {
                swap(list, i - 1, rnd.nextInt(i));
            }
            return;
        }
        Object[] a = list.toArray();
        for (int i = size; i > 1; i--) {
            int j = rnd.nextInt(i);
            Object t = a[i - 1];
            a[i - 1] = a[j];
            a[j] = t;
        }
        writeBack(list, a);
    }

    /** Stores {@code a} into a sequential list in one walk (by index elsewhere, as the JDK does). */
    @SuppressWarnings("unchecked")
    private static <T> void writeBack(List<T> list, Object[] a) {
        if (list instanceof AbstractSequentialList<T> seq) {
            ListIterator<T> it = seq.listIterator();
            for (Object e : a) {
                it.next();
                it.set((T) e);
            }
        } else {
            for (int i = 0; i < a.length; i++) {
                list.set(i, (T) a[i]);
            }
        }
    }

    public static <T> T max(Collection<? extends T> coll, Comparator<? super T> comp) {
        if (comp == null) {
            return maxNatural(coll);
        }
        Iterator<? extends T> it = coll.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T next = it.next();
            if (comp.compare(next, best) > 0) {
                best = next;
            }
        }
        return best;
    }

    public static <T> T min(Collection<? extends T> coll, Comparator<? super T> comp) {
        if (comp == null) {
            return minNatural(coll);
        }
        Iterator<? extends T> it = coll.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T next = it.next();
            if (comp.compare(next, best) < 0) {
                best = next;
            }
        }
        return best;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> T maxNatural(Collection<? extends T> coll) {
        return (T) max((Collection) coll);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> T minNatural(Collection<? extends T> coll) {
        return (T) min((Collection) coll);
    }

    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder() {
        return (Comparator<T>) Comparators.ReverseNatural.INSTANCE;
    }

    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder(Comparator<T> cmp) {
        return cmp == null ? (Comparator<T>) Comparators.ReverseNatural.INSTANCE : cmp.reversed();
    }

    @SuppressWarnings({"unchecked", "varargs"})
    public static <T> boolean addAll(Collection<? super T> c, T... elements) {
        boolean modified = false;
        for (T e : elements) {
            modified |= c.add(e);
        }
        return modified;
    }

    public static <T> void fill(List<? super T> list, T obj) {
        for (int i = 0, n = list.size(); i < n; i++) {
            list.set(i, obj);
        }
    }

    /** The JDK's index search: the same probes, so the same index among equal keys. */
    @SuppressWarnings("unchecked")
    public static <T> int binarySearch(List<? extends Comparable<? super T>> list, T key) {
        int low = 0;
        int high = list.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = ((Comparable<? super T>) list.get(mid)).compareTo(key);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> int binarySearch(List<? extends T> list, T key, Comparator<? super T> c) {
        if (c == null) {
            return binarySearch((List) list, key);
        }
        int low = 0;
        int high = list.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = c.compare(list.get(mid), key);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** Moves element i to (i + distance) mod size, by three reversals of the list's two parts. */
    public static void rotate(List<?> list, int distance) {
        int size = list.size();
        if (size == 0) {
            return;
        }
        int d = distance % size;
        if (d < 0) {
            d += size;
        }
        if (d == 0) {
            return;
        }
        reverse(list.subList(0, size - d));
        reverse(list.subList(size - d, size));
        reverse(list);
    }

    public static <T> Collection<T> unmodifiableCollection(Collection<? extends T> c) {
        return new UnmodifiableCollection<>(c);
    }

    /** A read-only view of a collection; its iterator refuses {@code remove}. */
    private static final class UnmodifiableCollection<E> extends AbstractCollection<E> {
        private final Collection<? extends E> c;

        UnmodifiableCollection(Collection<? extends E> c) {
            this.c = Objects.requireNonNull(c);
        }

        @Override
        public int size() {
            return c.size();
        }

        @Override
        public boolean contains(Object o) {
            return c.contains(o);
        }

        @Override
        public Iterator<E> iterator() {
            return new ReadOnlyIterator<>(c.iterator());
        }

        @Override
        public boolean remove(Object o) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeAll(Collection<?> other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean retainAll(Collection<?> other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            return c.toString();
        }
    }

    private static final class ReadOnlyIterator<E> implements Iterator<E> {
        private final Iterator<? extends E> it;

        ReadOnlyIterator(Iterator<? extends E> it) {
            this.it = it;
        }

        @Override
        public boolean hasNext() {
            return it.hasNext();
        }

        @Override
        public E next() {
            return it.next();
        }

        /** Without a message, as the JDK's (Iterator's default names the operation). */
        @Override
        public void remove() {
            throw new UnsupportedOperationException();
        }
    }

    // maps and sets

    public static <T> Set<T> unmodifiableSet(Set<? extends T> s) {
        return new UnmodifiableSet<>(s);
    }

    public static <K, V> Map<K, V> unmodifiableMap(Map<? extends K, ? extends V> m) {
        return new UnmodifiableMap<>(m);
    }

    /** Read-only views of a sequenced collection, set or map; their reversed views are read-only too. */
    @SuppressWarnings("unchecked")
    public static <T> SequencedCollection<T> unmodifiableSequencedCollection(SequencedCollection<? extends T> c) {
        return c.getClass() == UnmodifiableSequenced.Collection.class
                ? (SequencedCollection<T>) c
                : new UnmodifiableSequenced.Collection<>(c);
    }

    @SuppressWarnings("unchecked")
    public static <T> SequencedSet<T> unmodifiableSequencedSet(SequencedSet<? extends T> s) {
        return s.getClass() == UnmodifiableSequenced.Set.class
                ? (SequencedSet<T>) s
                : new UnmodifiableSequenced.Set<>(s);
    }

    @SuppressWarnings("unchecked")
    public static <K, V> SequencedMap<K, V> unmodifiableSequencedMap(SequencedMap<? extends K, ? extends V> m) {
        return m.getClass() == UnmodifiableSequenced.Map.class
                ? (SequencedMap<K, V>) m
                : new UnmodifiableSequenced.Map<>(m);
    }

    public static <T> Set<T> emptySet() {
        return new UnmodifiableSet<>(new HashSet<T>(1));
    }

    public static <K, V> Map<K, V> emptyMap() {
        return new UnmodifiableMap<>(new HashMap<K, V>(1));
    }

    /** One element; unlike Set.of it may be null, as in the JDK. */
    public static <T> Set<T> singleton(T o) {
        HashSet<T> one = new HashSet<>(1);
        one.add(o);
        return new UnmodifiableSet<>(one);
    }

    public static <K, V> Map<K, V> singletonMap(K key, V value) {
        HashMap<K, V> one = new HashMap<>(1);
        one.put(key, value);
        return new UnmodifiableMap<>(one);
    }
}
