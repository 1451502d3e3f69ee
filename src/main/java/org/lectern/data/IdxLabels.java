package org.lectern.data;

import java.nio.ByteBuffer;

/**
 * The decoded content of an IDX label file (magic {@code 0x00000801}): one unsigned byte per
 * example. Read with {@link IdxReader#readLabels}.
 */
public final class IdxLabels {
    private final String name;
    private final ByteBuffer data;
    private final int offset;
    private final int count;

    IdxLabels(String name, int count, ByteBuffer data, int offset) {
        this.name = name;
        this.count = count;
        this.data = data;
        this.offset = offset;
    }

    /** Returns the file name the labels were read from, for messages. */
    public String name() {
        return name;
    }

    /** Returns the number of labels. */
    public int count() {
        return count;
    }

    /** Returns label {@code index} as stored, 0 to 255. */
    public int label(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("label " + index + " outside " + count + " labels of " + name);
        }
        return data.get(offset + index) & 0xff;
    }

    /** Returns all labels as ints. */
    public int[] toArray() {
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = data.get(offset + i) & 0xff;
        }
        return labels;
    }
}
