package java.nio.channels;

import java.util.AbstractSet;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One of {@link PollSelector}'s two key sets (registered or selected) as an array. Each key records
 * its place in each set, so membership, insertion and removal take constant time and, once the
 * array has grown to the number of keys, allocate nothing: a selection loop does not feed the
 * collector (issue #9, "allocation per request stays zero"). Removal moves the last key into the
 * hole, which an iterator accounts for, so the usual {@code it.next(); it.remove();} loop visits
 * every key once. Programs see the set through {@link PollSelector}: removable, never addable.
 */
final class PollKeySet extends AbstractSet<SelectionKey> {
    private final boolean selectedSet;
    private PollKey[] keys = new PollKey[8];
    private int size;
    private int modCount;

    /** {@code selectedSet}: which of a key's two places this set keeps. */
    PollKeySet(boolean selectedSet) {
        this.selectedSet = selectedSet;
    }

    private int place(PollKey k) {
        return selectedSet ? k.selectedPlace : k.registeredPlace;
    }

    private void setPlace(PollKey k, int place) {
        if (selectedSet) {
            k.selectedPlace = place;
        } else {
            k.registeredPlace = place;
        }
    }

    PollKey get(int i) {
        return keys[i];
    }

    /** Adds a key of this selector; the selector's own door, {@link #add} stays closed to programs. */
    void insert(PollKey k) {
        if (contains(k)) {
            return;
        }
        if (size == keys.length) {
            PollKey[] grown = new PollKey[size * 2];
            System.arraycopy(keys, 0, grown, 0, size);
            keys = grown;
        }
        keys[size] = k;
        setPlace(k, size++);
        modCount++;
    }

    private void removeAt(int i) {
        setPlace(keys[i], -1);
        PollKey last = keys[--size];
        keys[size] = null;
        if (i < size) {
            keys[i] = last;
            setPlace(last, i);
        }
        modCount++;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof PollKey k)) {
            return false;
        }
        int i = place(k);
        return i >= 0 && i < size && keys[i] == k;
    }

    @Override
    public boolean remove(Object o) {
        if (!contains(o)) {
            return false;
        }
        removeAt(place((PollKey) o));
        return true;
    }

    @Override
    public void clear() {
        for (int i = 0; i < size; i++) {
            setPlace(keys[i], -1);
            keys[i] = null;
        }
        size = 0;
        modCount++;
    }

    @Override
    public boolean add(SelectionKey k) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterator<SelectionKey> iterator() {
        return new Iterator<>() {
            private int cursor;
            private int last = -1;
            private int expected = modCount;

            @Override
            public boolean hasNext() {
                return cursor < size;
            }

            @Override
            public SelectionKey next() {
                if (modCount != expected) {
                    throw new ConcurrentModificationException();
                }
                if (cursor >= size) {
                    throw new NoSuchElementException();
                }
                last = cursor;
                return keys[cursor++];
            }

            @Override
            public void remove() {
                if (last < 0) {
                    throw new IllegalStateException();
                }
                if (modCount != expected) {
                    throw new ConcurrentModificationException();
                }
                removeAt(last);
                cursor = last; // the last key moved into the hole and is still to be visited
                last = -1;
                expected = modCount;
            }
        };
    }
}
