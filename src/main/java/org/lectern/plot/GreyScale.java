package org.lectern.plot;

import java.util.Objects;

/**
 * How image tiles map values to grey: black for the low end, white for the high end. Three kinds:
 * {@link #fixed(double, double)} (pixels in [0, 1], the same for every tile, so tiles compare),
 * {@link #sharedRange()} (the smallest and largest value over all tiles) and {@link #perTile()}
 * (each tile stretched from its own minimum to maximum: the usual view of learned weights, whose
 * scale differs from unit to unit). Values outside a fixed range are clipped; a tile or range
 * without contrast is drawn mid-grey; NaN pixels are drawn red so they cannot pass for data.
 */
public final class GreyScale {
    /** The colour of a NaN pixel. */
    public static final int NAN_RGB = 0xFF0000;
    /** The grey level of a tile whose values are all the same under per-tile or shared-range scaling. */
    public static final int FLAT_GREY = 128;

    enum Kind { FIXED, SHARED_RANGE, PER_TILE }

    /** The values drawn black and white. */
    record Range(double black, double white) {
        /** Returns the smallest and largest finite value, or an empty (NaN) range when there is none. */
        static Range of(double[]... arrays) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (double[] values : arrays) {
                for (double v : values) {
                    if (Double.isFinite(v)) {
                        low = Math.min(low, v);
                        high = Math.max(high, v);
                    }
                }
            }
            return low > high ? new Range(Double.NaN, Double.NaN) : new Range(low, high);
        }

        /** Returns the grey level 0..255 of {@code value}, or -1 for NaN. */
        int grey(double value) {
            if (Double.isNaN(value)) {
                return -1;
            }
            if (!(white > black)) {
                return FLAT_GREY;
            }
            double level = Math.round(255 * (value - black) / (white - black));
            return (int) Math.max(0, Math.min(255, level));
        }
    }

    private static final GreyScale PIXELS = new GreyScale(Kind.FIXED, new Range(0, 1));
    private static final GreyScale SHARED_RANGE = new GreyScale(Kind.SHARED_RANGE, null);
    private static final GreyScale PER_TILE = new GreyScale(Kind.PER_TILE, null);

    private final Kind kind;
    private final Range fixed;

    private GreyScale(Kind kind, Range fixed) {
        this.kind = kind;
        this.fixed = fixed;
    }

    /** Returns the scale for pixels in [0, 1] (MNIST as Lectern loads it): 0 black, 1 white, every tile alike. */
    public static GreyScale pixels() {
        return PIXELS;
    }

    /** Returns a scale shared by all tiles: {@code black} and below black, {@code white} and above white. */
    public static GreyScale fixed(double black, double white) {
        if (!Double.isFinite(black) || !Double.isFinite(white) || !(white > black)) {
            throw new IllegalArgumentException("a fixed grey scale needs finite black < white, got black = " + black
                    + ", white = " + white);
        }
        return new GreyScale(Kind.FIXED, new Range(black, white));
    }

    /** Returns a scale shared by all tiles, from the smallest value of any tile (black) to the largest (white). */
    public static GreyScale sharedRange() {
        return SHARED_RANGE;
    }

    /** Returns a scale that stretches each tile from its own smallest value (black) to its largest (white). */
    public static GreyScale perTile() {
        return PER_TILE;
    }

    /** Returns true if each tile has its own range, so grey levels do not compare across tiles. */
    public boolean isPerTile() {
        return kind == Kind.PER_TILE;
    }

    Kind kind() {
        return kind;
    }

    /** Returns the range for one tile, given the range over all tiles. */
    Range rangeFor(double[] tile, Range allTiles) {
        return switch (kind) {
            case FIXED -> fixed;
            case SHARED_RANGE -> allTiles;
            case PER_TILE -> Range.of(tile);
        };
    }

    /** Returns the labels at the black and white ends of the legend bar. */
    String[] endLabels(Range allTiles) {
        return switch (kind) {
            case FIXED -> new String[] {number(fixed.black()), number(fixed.white())};
            case SHARED_RANGE -> new String[] {number(allTiles.black()), number(allTiles.white())};
            case PER_TILE -> new String[] {"tile min", "tile max"};
        };
    }

    /** Returns the sentence after the legend bar that says which scale is used. */
    String description() {
        return switch (kind) {
            case FIXED -> "one grey scale for all tiles";
            case SHARED_RANGE -> "one grey scale for all tiles, from their smallest to largest value";
            case PER_TILE -> "each tile scaled from its own min (black) to max (white)";
        };
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "NaN" : EpochCurves.format(value);
    }

    /** Returns e.g. {@code GreyScale[fixed 0 to 1]}. */
    @Override
    public String toString() {
        return "GreyScale[" + switch (kind) {
            case FIXED -> "fixed " + number(fixed.black()) + " to " + number(fixed.white());
            case SHARED_RANGE -> "shared range";
            case PER_TILE -> "per tile";
        } + "]";
    }

    /** Returns true for the same kind and, for fixed scales, the same ends. */
    @Override
    public boolean equals(Object other) {
        return other instanceof GreyScale that && kind == that.kind && Objects.equals(fixed, that.fixed);
    }

    /** Returns a hash consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(kind, fixed);
    }
}
