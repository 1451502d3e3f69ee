package org.lectern.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.lectern.kernel.protocol.Replies;

/**
 * The cells executed in this kernel session, kept in memory to answer {@code history_request}
 * (tail, range and search). The session number is {@value #SESSION}; Jupyter's session 0 also
 * means "this session", and earlier sessions (negative numbers) have no history.
 */
public final class CellHistory {
    /** The number of this session in history replies. */
    public static final int SESSION = 1;

    /** One executed cell: its execution count, its source and the text of its result ("" if none). */
    public record Entry(int line, String input, String output) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Records an executed cell. */
    public synchronized void add(int line, String input, String output) {
        entries.add(new Entry(line, input, output == null ? "" : output));
    }

    /** Returns the last {@code n} cells, oldest first; {@code n <= 0} means all. */
    public synchronized List<Entry> tail(int n) {
        return last(entries, n);
    }

    /**
     * Returns the cells of a session with {@code start <= line < stop}; {@code stop <= 0} means to the
     * end, and a negative {@code start} counts back from the end as in IPython.
     */
    public synchronized List<Entry> range(int session, int start, int stop) {
        if (session != SESSION && session != 0) {
            return List.of();
        }
        int last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).line();
        int from = start < 0 ? last + 1 + start : start;
        int to = stop <= 0 ? Integer.MAX_VALUE : stop;
        return entries.stream().filter(e -> e.line() >= from && e.line() < to).toList();
    }

    /**
     * Returns the last {@code n} cells whose source matches a glob as SQLite's GLOB does ({@code *},
     * {@code ?}, {@code [a-z]}, {@code [^a-z]}); {@code unique} keeps only the latest cell of each
     * source; {@code n <= 0} means all.
     */
    public synchronized List<Entry> search(String glob, int n, boolean unique) {
        Pattern pattern = globToRegex(glob == null || glob.isEmpty() ? "*" : glob);
        List<Entry> matches = entries.stream().filter(e -> pattern.matcher(e.input()).matches()).toList();
        if (unique) {
            Map<String, Entry> latest = new LinkedHashMap<>();
            for (Entry entry : matches) {
                latest.remove(entry.input());
                latest.put(entry.input(), entry);
            }
            matches = List.copyOf(latest.values());
        }
        return last(matches, n);
    }

    /** Answers a history request (tail, range or search) with the reply's content. */
    public Replies.History answer(HistoryRequest request) {
        List<Entry> found = switch (request.getAccessType()) {
            case TAIL -> tail(((HistoryRequest.Tail) request).getMaxReturnLength());
            case RANGE -> {
                HistoryRequest.Range range = (HistoryRequest.Range) request;
                yield range(range.getSessionIndex(), range.getStart(), range.getStop());
            }
            case SEARCH -> {
                HistoryRequest.Search search = (HistoryRequest.Search) request;
                yield search(search.getPattern(), search.getMaxReturnLength(), search.filterUnique());
            }
        };
        return new Replies.History(Replies.OK, toWire(found, request.includeOutput()));
    }

    /** Returns entries as protocol tuples: {@code [session, line, input]}, or {@code [session, line, [input, output]]}. */
    public static List<List<Object>> toWire(List<Entry> entries, boolean withOutput) {
        return entries.stream()
                .map(e -> List.<Object>of(SESSION, e.line(), withOutput ? List.of(e.input(), e.output()) : e.input()))
                .toList();
    }

    private static List<Entry> last(List<Entry> list, int n) {
        return n <= 0 || n >= list.size() ? List.copyOf(list) : List.copyOf(list.subList(list.size() - n, list.size()));
    }

    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            int close = c == '[' ? glob.indexOf(']', i + 2) : -1;
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (close > 0) {
                String set = glob.substring(i + 1, close);
                boolean negated = set.startsWith("^");
                regex.append(negated ? "[^" : "[").append(set.substring(negated ? 1 : 0).replace("\\", "\\\\").replace("[", "\\[").replace("&", "\\&")).append(']');
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
