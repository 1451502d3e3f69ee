package org.lectern.display;

import java.util.Locale;
import java.util.StringJoiner;

/** Writes a progress snapshot as one line of text or as a small HTML block. */
final class ProgressFormat {
    /** Characters in the text bar between the brackets. */
    static final int BAR_WIDTH = 30;

    private ProgressFormat() {
    }

    /** Returns the one-line form, e.g. {@code Training [#####-----] 5/10 50% | 2.00 steps/s | elapsed 0:02 | ETA 0:02 | loss=0.1230}. */
    static String text(ProgressState state) {
        StringBuilder line = new StringBuilder();
        if (!state.label().isEmpty()) {
            line.append(state.label()).append(' ');
        }
        int filled = (int) Math.floor(BAR_WIDTH * state.fraction());
        line.append('[').append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
        line.append(stats(state));
        String metrics = metrics(state);
        if (!metrics.isEmpty()) {
            line.append(" | ").append(metrics);
        }
        return line.toString();
    }

    /** Returns the HTML form: the label, a {@code <progress>} element, the statistics and the metrics, all escaped. */
    static String html(ProgressState state) {
        StringBuilder html = new StringBuilder("<div class=\"lectern-progress\" style=\"font-family:monospace\">");
        if (!state.label().isEmpty()) {
            html.append("<b>").append(Html.escape(state.label())).append("</b> ");
        }
        html.append("<progress value=\"").append(Math.min(state.count(), state.total()))
                .append("\" max=\"").append(state.total())
                .append("\" style=\"width:20em;vertical-align:middle\"></progress> ");
        html.append("<span>").append(Html.escape(stats(state))).append("</span>");
        String metrics = metrics(state);
        if (!metrics.isEmpty()) {
            html.append("<br><span>").append(Html.escape(metrics)).append("</span>");
        }
        return html.append("</div>").toString();
    }

    /** Returns count, percentage, rate and timing, e.g. {@code 5/10 50% | 2.00 steps/s | elapsed 0:02 | ETA 0:02}. */
    static String stats(ProgressState state) {
        StringJoiner parts = new StringJoiner(" | ");
        parts.add(state.count() + "/" + state.total() + " " + (int) Math.floor(100 * state.fraction()) + "%");
        double rate = state.stepsPerSecond();
        if (rate > 0) {
            parts.add(rate(rate));
        }
        double elapsed = state.elapsedNanos() / 1e9;
        if (!state.finished()) {
            parts.add("elapsed " + duration(elapsed));
            if (state.secondsLeft() >= 0) {
                parts.add("ETA " + duration(state.secondsLeft()));
            }
        } else if (state.count() >= state.total()) {
            parts.add("took " + duration(elapsed));
        } else {
            parts.add("stopped after " + duration(elapsed));
        }
        return parts.toString();
    }

    /** Returns the metrics as {@code name=value} pairs separated by spaces, in the order first set. */
    static String metrics(ProgressState state) {
        StringJoiner pairs = new StringJoiner(" ");
        state.metrics().forEach((name, value) -> pairs.add(name + "=" + number(value)));
        return pairs.toString();
    }

    /** Returns a rate as steps per second, or as seconds per step when slower than one step a second. */
    static String rate(double stepsPerSecond) {
        return stepsPerSecond >= 1
                ? threeDigits(stepsPerSecond) + " steps/s"
                : threeDigits(1 / stepsPerSecond) + " s/step";
    }

    /** Returns seconds as {@code m:ss}, or {@code h:mm:ss} from one hour on. */
    static String duration(double seconds) {
        long total = Math.round(seconds);
        long hours = total / 3600;
        long minutes = total % 3600 / 60;
        long secs = total % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    /** Returns a metric value: whole numbers without decimals, others with four significant digits. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.4g", value);
    }

    private static String threeDigits(double value) {
        String pattern = value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
