package java.util.concurrent;

import java.util.Collection;
import java.util.Comparator;
import java.util.NavigableSet;
import java.util.SortedSet;

/** A sorted concurrent set: the keys of a ConcurrentSkipListMap, as the JDK builds it. */
public class ConcurrentSkipListSet<E> extends KeySet<E> implements Cloneable {
    private final ConcurrentNavigableMap<E, Object> map;

    public ConcurrentSkipListSet() {
        this(new ConcurrentSkipListMap<E, Object>());
    }

    public ConcurrentSkipListSet(Comparator<? super E> comparator) {
        this(new ConcurrentSkipListMap<E, Object>(comparator));
    }

    public ConcurrentSkipListSet(Collection<? extends E> c) {
        this(new ConcurrentSkipListMap<E, Object>());
        addAll(c);
    }

    public ConcurrentSkipListSet(SortedSet<E> s) {
        this(new ConcurrentSkipListMap<E, Object>(s.comparator()));
        addAll(s);
    }

    ConcurrentSkipListSet(ConcurrentNavigableMap<E, Object> map) {
        super(map);
        this.map = map;
    }

    @Override
    @SuppressWarnings("unchecked")
    NavigableSet<E> over(ConcurrentNavigableMap<E, ?> view) {
        return new ConcurrentSkipListSet<E>((ConcurrentNavigableMap<E, Object>) view);
    }

    @Override
    public boolean add(E e) {
        return map.putIfAbsent(e, Boolean.TRUE) == null;
    }

    @Override
    public ConcurrentSkipListSet<E> clone() {
        return new ConcurrentSkipListSet<E>(((ConcurrentSkipListMap<E, Object>) map).clone());
    }
}
