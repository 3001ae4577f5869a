package tafel.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import tafel.text.Printable;

/** A plain-text table for people: columns padded to their widest cell, numbers aligned right. */
public final class TextTable {

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> headers, boolean... rightAligned) {
        this.headers = List.copyOf(headers);
        this.rightAligned = rightAligned.length == headers.size() ? rightAligned.clone() : new boolean[headers.size()];
    }

    public TextTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : Printable.of(cell.toString()));
        }
        rows.add(row);
        return this;
    }

    public void print(PrintWriter out, Style style) {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = width(headers.get(column));
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], width(row.get(column)));
            }
        }
        out.println(style.bold(line(headers, widths)));
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
        out.flush();
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(widths[column] - width(cell));
            if (column > 0) {
                line.append("  ");
            }
            line.append(rightAligned[column] ? padding + cell : cell + padding);
        }
        return line.toString().stripTrailing();
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
