package org.spoor.casefile.crypto;

import java.util.Arrays;

/** A handful of decrypted chunks, least recently used first out. Guarded by the owning file's lock. */
final class ChunkCache {

    static final class Slot {
        long index = -1;
        long lastUse;
        int length;
        final byte[] data;

        Slot(int size) {
            this.data = new byte[size];
        }
    }

    private final Slot[] slots;
    private final int chunkSize;
    private long clock;

    ChunkCache(int capacity, int chunkSize) {
        if (capacity < 1) {
            throw new IllegalArgumentException("cache needs at least one chunk: " + capacity);
        }
        this.slots = new Slot[capacity];
        this.chunkSize = chunkSize;
    }

    Slot lookup(long index) {
        for (Slot slot : slots) {
            if (slot != null && slot.index == index) {
                slot.lastUse = ++clock;
                return slot;
            }
        }
        return null;
    }

    /** A slot for {@code index}, allocated lazily or taken from the least recently used. */
    Slot claim(long index) {
        int victim = 0;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == null) {
                slots[i] = new Slot(chunkSize);
                victim = i;
                break;
            }
            if (slots[i].lastUse < slots[victim].lastUse) {
                victim = i;
            }
        }
        Slot slot = slots[victim];
        slot.index = index;
        slot.lastUse = ++clock;
        return slot;
    }

    void invalidate(long index) {
        for (Slot slot : slots) {
            if (slot != null && slot.index == index) {
                slot.index = -1;
                Arrays.fill(slot.data, (byte) 0);
            }
        }
    }

    void wipe() {
        for (Slot slot : slots) {
            if (slot != null) {
                slot.index = -1;
                Arrays.fill(slot.data, (byte) 0);
            }
        }
    }
}
