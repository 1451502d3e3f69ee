package org.lectern.plot;

/**
 * Which way a weight matrix holds one hidden unit's input weights, for drawing them as image tiles.
 * DL4J stores a dense layer's weights as {@code [nIn, nOut]}: {@link #COLUMNS}. PyTorch's
 * {@code nn.Linear.weight} and a decoder's {@code [nHidden, 784]} matrix hold them in rows: {@link #ROWS}.
 */
public enum WeightOrientation {
    /** Column j of an {@code [nIn, nOut]} matrix is unit j's input weights (DL4J's dense layer "W"). */
    COLUMNS,
    /** Row j of an {@code [nOut, nIn]} matrix is unit j's weights (PyTorch; a decoder's {@code [400, 784]} "W"). */
    ROWS;

    /** Returns the other orientation, for error messages that suggest it. */
    WeightOrientation other() {
        return this == COLUMNS ? ROWS : COLUMNS;
    }
}
