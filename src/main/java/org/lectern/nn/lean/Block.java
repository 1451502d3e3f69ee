package org.lectern.nn.lean;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A run of consecutive float or double values in the native memory behind an ND4J array, as the
 * kernels read and write it: the array's whole buffer in native byte order, the index of the
 * first element and the number of elements. Made once per engine-owned array, since asking ND4J
 * for the buffer costs a native call.
 *
 * @param bytes   the array's whole data buffer, native byte order
 * @param offset  the index (in elements, not bytes) of the first element
 * @param length  the number of elements
 * @param doubles whether the elements are doubles (otherwise floats)
 */
record Block(ByteBuffer bytes, int offset, int length, boolean doubles) {

    /** Returns the block of a float or double array whose elements lie one after another (no gaps). */
    static Block of(INDArray array) {
        if (array.dataType() != DataType.FLOAT && array.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("kernels compute in FLOAT or DOUBLE; got " + array.dataType());
        }
        if (array.length() > 1 && array.elementWiseStride() != 1) {
            throw new IllegalArgumentException("kernels need an array without gaps; got shape "
                    + Arrays.toString(array.shape()) + " with strides " + Arrays.toString(array.stride()));
        }
        ByteBuffer bytes = array.data().asNio().order(ByteOrder.nativeOrder());
        return new Block(bytes, Math.toIntExact(array.offset()), Math.toIntExact(array.length()),
                array.dataType() == DataType.DOUBLE);
    }

    /** Returns the part of this block from element {@code from} (relative to this block), {@code count} long. */
    Block slice(int from, int count) {
        if (from < 0 || count < 0 || from + count > length) {
            throw new IndexOutOfBoundsException("slice " + from + "+" + count + " of a block of " + length);
        }
        return new Block(bytes, offset + from, count, doubles);
    }

    /** Returns the byte index of element {@code i} of this block. */
    int byteIndex(int i) {
        return (offset + i) << (doubles ? 3 : 2);
    }

    /** Returns element {@code i} of this block. */
    double get(int i) {
        return doubles ? bytes.getDouble(byteIndex(i)) : bytes.getFloat(byteIndex(i));
    }

    /** Sets element {@code i} of this block (rounded to float for a float block). */
    void set(int i, double value) {
        if (doubles) {
            bytes.putDouble(byteIndex(i), value);
        } else {
            bytes.putFloat(byteIndex(i), (float) value);
        }
    }
}
