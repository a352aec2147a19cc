package org.rolecompare.report.content;

/**
 * Text from the data made fit to print: without control characters, which could break a line or
 * reach a file's bytes in a format that gives them meaning.
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * The text without control characters: a tab becomes a space, a newline stays, carriage returns
     * and the other C0 and C1 controls are removed. The web pages apply the same rule to a value's
     * UTF-8 bytes, in one pass with their HTML escaping ({@code report.html.PageBytes}, held to this
     * method by {@code PageOutputTests}): a change to the rule is a change there too.
     */
    public static String printable(String text) {
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out.append(' ');
            } else if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #printable} drops or replaces the character. */
    public static boolean isControl(char c) {
        return c != '\n' && (c < 0x20 || (c >= 0x7F && c <= 0x9F));
    }
}
