package org.lectern.render;

import java.util.Arrays;
import java.util.Locale;
import org.lectern.display.ImageEncoding;
import org.lectern.display.MimeType;
import org.lectern.display.RenderContext;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.longer.MatchCondition;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.conditions.Condition;
import org.nd4j.linalg.indexing.conditions.Conditions;

/**
 * Renders an INDArray as readable text, never the whole of a big array: shape, dtype, order,
 * element count, min/max/mean (and how many NaN or infinite values, if any), and ND4J's own preview, which past {@value #PREVIEW_ELEMENTS}
 * elements shows the first and last three entries of each dimension with {@code ...}.
 * A PNG is added on request for image-shaped arrays (see {@link IndArrayImage}).
 */
final class IndArrayRenderer {
    /** Arrays up to this many elements are previewed whole. */
    static final int PREVIEW_ELEMENTS = 100;
    /** Digits after the decimal point in the preview. */
    static final int PREVIEW_PRECISION = 4;
    /** Small images (a 28x28 digit) are enlarged to at least this many pixels on their longer side. */
    static final int MIN_SHOWN_SIDE = 140;

    private IndArrayRenderer() {
    }

    /** Writes the text summary, and the PNG when wanted and the shape allows it. */
    static void render(INDArray array, RenderContext out) {
        StringBuilder text = new StringBuilder(describe(array));
        if (out.wants(MimeType.PNG)) {
            String problem = IndArrayImage.whyNotAnImage(array.shape());
            if (problem == null) {
                out.put(MimeType.PNG, ImageEncoding.pngBase64(IndArrayImage.enlarged(IndArrayImage.toImage(array), MIN_SHOWN_SIDE)));
            } else {
                text.append("\n(no PNG: ").append(problem).append(')');
            }
        }
        out.put(MimeType.TEXT, text.toString());
    }

    /** Returns the summary: a header line, a statistics line for numbers, and the preview. */
    static String describe(INDArray array) {
        StringBuilder text = new StringBuilder("INDArray shape=").append(Arrays.toString(array.shape()))
                .append(" dtype=").append(array.dataType())
                .append(" order=").append(array.ordering())
                .append(" length=").append(array.length());
        if (array.isEmpty()) {
            return text.append("\n[]").toString();
        }
        if (array.isR() || array.isZ()) {
            INDArray numbers = array.isR() ? array : array.castTo(DataType.DOUBLE);
            text.append("\nmin=").append(number(numbers.minNumber()))
                    .append(" max=").append(number(numbers.maxNumber()))
                    .append(" mean=").append(number(numbers.meanNumber()));
            if (array.isR()) {
                appendCount(text, "NaN", array, Conditions.isNan());
                appendCount(text, "Inf", array, Conditions.isInfinite());
            }
        }
        return text.append('\n').append(array.toString(PREVIEW_ELEMENTS, false, PREVIEW_PRECISION)).toString();
    }

    // Min and max skip NaN in ND4J, so a diverged array would look harmless without this count.
    private static void appendCount(StringBuilder text, String name, INDArray array, Condition condition) {
        long count = Nd4j.getExecutioner().exec(new MatchCondition(array, condition)).getLong(0);
        if (count > 0) {
            text.append(' ').append(name).append('=').append(count);
        }
    }

    private static String number(Number value) {
        double v = value.doubleValue();
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
