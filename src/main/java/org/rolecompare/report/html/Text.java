package org.rolecompare.report.html;

/**
 * Text as a page may show it: without control characters, which HTML forbids (a parse error, and
 * often an invisible or box-shaped glyph in a browser). Tab and line feed stay, being ordinary white
 * space; every other C0 control, DEL and the C1 controls are removed. The template output
 * ({@link PageOutput}) applies it to every value a template writes, so no page can let one through.
 */
final class Text {

    private Text() {
    }

    /** {@code text} without control characters other than tab and line feed; the same instance when it has none. */
    static String withoutControls(String text) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder s = new StringBuilder(text.length());
        s.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f);
    }
}
