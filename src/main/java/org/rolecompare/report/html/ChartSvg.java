package org.rolecompare.report.html;

import java.util.ArrayList;
import java.util.List;

import org.rolecompare.compare.DisplayFormat;
import org.rolecompare.report.content.PairedBars;
import org.rolecompare.report.content.SalaryRange;

/**
 * Lays out a report's charts as inline SVG: the shapes and texts of a chart in a fixed coordinate
 * space that the page scales to its width ({@code viewBox}). Every value and label comes from the
 * report content ({@link PairedBars}, {@link SalaryRange}) as the PDF shows it; only sizes and
 * positions are decided here. Each chart gets a {@code <title>} and a {@code <desc>} saying its
 * values in words, for screen readers, and the page adds the same numbers as a table.
 *
 * <p>Coordinates are written with at most one decimal, the same on every machine, so a page's bytes
 * depend on its content alone.
 *
 * <p>The shapes ({@code <line>}, {@code <rect>}) and the position attributes of the texts are made
 * here as finished markup, which the template writes unescaped: they hold only numbers this class
 * formats and class names it chooses, never a value from the data. Every text from the data (labels,
 * values, title, description) is still written, and escaped, by the template. A chart has dozens of
 * shapes; writing each attribute through the engine made the page template's compiled code several
 * times larger and its rendering slower, for no text that could need escaping.
 */
final class ChartSvg {

    static final int WIDTH = 640;
    /** Characters of a category label shown in a chart; a longer one is cut with "…" (the table has it whole). */
    static final int MAX_LABEL = 30;

    private static final int LABEL_WIDTH = 200;
    private static final int BAR = 11;
    private static final int VALUE_ROOM = 48;
    private static final int RANGE_ROW = 46;
    /** Room right of the salary axis for the label at a bar's end. */
    private static final int RANGE_END_ROOM = 72;

    /**
     * The geometry of one chart, in the order drawn: {@code shapes} are finished {@code <line>} and
     * {@code <rect>} elements, the labels' texts are the data's, to be escaped.
     */
    record Svg(String width, String height, String title, String desc, List<String> shapes, List<Label> labels) {
    }

    /**
     * A text at a point: {@code position} the attributes of its {@code <text>} element (class, x, y,
     * text-anchor {@code start}, {@code middle} or {@code end}), {@code text} what it says.
     */
    record Label(String position, String text) {

        Label(String css, double x, double y, String anchor, String text) {
            this(position(css, x, y, anchor), text);
        }

        private static String position(String css, double x, double y, String anchor) {
            StringBuilder out = new StringBuilder(64).append("class=\"").append(css).append("\" x=\"");
            num(out, x).append("\" y=\"");
            return num(out, y).append("\" text-anchor=\"").append(anchor).append('"').toString();
        }
    }

    private static final String[] RECT = {"x", "y", "width", "height"};
    private static final String[] LINE = {"x1", "y1", "x2", "y2"};

    private static String rect(String css, double x, double y, double width, double height) {
        return shape("rect", css, RECT, x, y, width, height);
    }

    private static String line(String css, double x1, double y1, double x2, double y2) {
        return shape("line", css, LINE, x1, y1, x2, y2);
    }

    /** {@code <TAG class="CSS" NAME="VALUE" …/>}, each value as {@link #num(double)} writes it. */
    private static String shape(String tag, String css, String[] names, double... values) {
        StringBuilder out = new StringBuilder(96).append('<').append(tag).append(" class=\"").append(css).append('"');
        for (int i = 0; i < names.length; i++) {
            out.append(' ').append(names[i]).append("=\"");
            num(out, values[i]).append('"');
        }
        return out.append("/>").toString();
    }

    private ChartSvg() {
    }

    /** The grouped bar chart: per category the left role's bar above the right role's, each with its value. */
    static Svg pairedBars(PairedBars chart, String title, String leftName, String rightName) {
        List<String> rects = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int barX = LABEL_WIDTH + 8;
        int span = WIDTH - barX - VALUE_ROOM;
        double max = 0;
        for (PairedBars.Bar bar : chart.bars()) {
            max = Math.max(max, Math.max(value(bar.left()), value(bar.right())));
        }
        double scale = max > 0 ? span / max : 0;
        int row = 2 * BAR + 10;
        int y = 4;
        StringBuilder said = new StringBuilder(256);
        for (PairedBars.Bar bar : chart.bars()) {
            String css = bar.marked() ? "category marked" : "category";
            labels.add(new Label(css, barX - 8, y + BAR + 4, "end", cut(bar.label())));
            if (bar.left() != null) {
                double w = bar.left() * scale;
                rects.add(rect("bar-left", barX, y, w, BAR));
                labels.add(new Label("value", barX + w + 4, y + BAR - 2, "start", bar.leftText()));
            }
            if (bar.right() != null) {
                double w = bar.right() * scale;
                rects.add(rect("bar-right", barX, y + BAR + 1, w, BAR));
                labels.add(new Label("value", barX + w + 4, y + 2 * BAR - 1, "start", bar.rightText()));
            }
            if (!said.isEmpty()) {
                said.append("; ");
            }
            said.append(bar.label());
            if (bar.marked() && chart.markNote() != null) {
                said.append(" (").append(chart.markNote()).append(')');
            }
            said.append(": ").append(leftName).append(' ').append(orUnknown(bar.leftText())).append(", ").append(rightName).append(' ')
                    .append(orUnknown(bar.rightText()));
            y += row;
        }
        List<String> shapes = new ArrayList<>(rects.size() + 1);
        shapes.add(line("axis", barX, 0, barX, y));
        shapes.addAll(rects);
        return new Svg(num(WIDTH), num(y + 4), title, said.append('.').toString(), shapes, labels);
    }

    /** Both roles' salary ranges on one dollar axis, with a mark at each average. */
    static Svg salaryRange(SalaryRange chart, String title, String leftName, String rightName) {
        double top = Math.max(highest(chart.left()), highest(chart.right()));
        double step = niceStep(top / 4);
        double axisMax = Math.max(step, Math.ceil(top / step) * step);
        int x0 = LABEL_WIDTH + 8;
        int x1 = WIDTH - RANGE_END_ROOM;
        double scale = (x1 - x0) / axisMax;
        int height = 2 * RANGE_ROW + 24;
        List<String> shapes = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (double v = 0; v <= axisMax + step / 2; v += step) {
            double x = x0 + v * scale;
            shapes.add(line("grid", x, 0, x, 2 * RANGE_ROW));
            labels.add(new Label("tick", x, 2 * RANGE_ROW + 16, "middle", DisplayFormat.money(v)));
        }
        range(chart.left(), leftName, "bar-left", 0, x0, x1, scale, shapes, labels);
        range(chart.right(), rightName, "bar-right", RANGE_ROW, x0, x1, scale, shapes, labels);
        String desc = said(leftName, chart.left()) + " " + said(rightName, chart.right());
        return new Svg(num(WIDTH), num(height), title, desc, shapes, labels);
    }

    private static void range(SalaryRange.Range r, String name, String css, int top, int x0, int x1, double scale, List<String> rects,
                              List<Label> labels) {
        int barY = top + 18;
        labels.add(new Label("role", x0 - 8, barY + BAR - 1, "end", cut(name)));
        if (r.min() != null || r.max() != null) {
            double from = r.min() == null ? x0 : x0 + r.min() * scale;
            double to = r.max() == null ? x1 : x0 + r.max() * scale;
            rects.add(rect(css + (r.max() == null ? " open-end" : "") + (r.min() == null ? " open-start" : ""), from, barY,
                    Math.max(1, to - from), BAR));
            if (r.minText() != null) {
                labels.add(new Label("value", from, barY + BAR + 12, "start", r.minText()));
            }
            if (r.maxText() != null) {
                labels.add(new Label("value", to + 4, barY + BAR - 2, "start", r.maxText()));
            }
        }
        double avg = x0 + r.average() * scale;
        rects.add(rect("mark", avg - 1.5, barY - 3, 3, BAR + 6));
        labels.add(new Label("average", avg, barY - 6, "middle", r.averageText()));
    }

    /** "Patient Relations Manager: $27,000 to $68,000, avg $43,633." */
    private static String said(String name, SalaryRange.Range r) {
        String from = r.minText();
        String to = r.maxText();
        String range = from != null && to != null ? from + " to " + to + ", " : from != null ? from + ", " : to != null ? to + ", " : "";
        return name + ": " + range + r.averageText() + ".";
    }

    private static double highest(SalaryRange.Range r) {
        return Math.max(r.average(), Math.max(value(r.min()), value(r.max())));
    }

    /** A round step near {@code raw}: 1, 2, 2.5 or 5 times a power of ten. */
    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static double value(Double v) {
        return v == null ? 0 : v;
    }

    private static String orUnknown(String text) {
        return text == null ? "not known" : text;
    }

    /** The label as the chart shows it: at most {@value #MAX_LABEL} characters. */
    static String cut(String label) {
        String text = label.strip();
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1).stripTrailing() + "\u2026";
    }

    /** A coordinate with at most one decimal, "12", "12.5", "-3.5", never in exponent form. */
    static String num(double v) {
        return num(new StringBuilder(8), v).toString();
    }

    /** Appends {@link #num(double)}'s text of {@code v} to {@code out}. */
    private static StringBuilder num(StringBuilder out, double v) {
        long tenths = Math.round(v * 10);
        long whole = tenths / 10;
        long part = Math.abs(tenths % 10);
        if (tenths < 0 && whole == 0) {
            out.append('-');
        }
        out.append(whole);
        return part == 0 ? out : out.append('.').append(part);
    }
}
