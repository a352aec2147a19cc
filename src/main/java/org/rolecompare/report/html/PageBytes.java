package org.rolecompare.report.html;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import gg.jte.TemplateOutput;

import org.rolecompare.report.content.PlainText;

/**
 * A page's bytes as the template writes them: UTF-8 into one growing array, the templates' fixed
 * parts copied as the bytes they were encoded to at build time. What JTE's own byte output does,
 * but in one array instead of a list of pieces joined at the end: a comparison page is a few
 * thousand small writes, and ten thousand pages a run. Not thread-safe: one per page.
 *
 * <p>{@link #writeEscaped(String, boolean)} writes a value of the data as the bytes of three
 * passes over it, {@link PlainText#printable}, then JTE's {@code Escape.htmlContent} or
 * {@code Escape.htmlAttribute}, then UTF-8, but in one pass over the value's UTF-8 bytes: the three
 * passes were half the pages' CPU, and the runs that render most pages run on C1 only, where a
 * {@code charAt} loop is slow while {@code String.getBytes} and {@code System.arraycopy} are not.
 */
final class PageBytes implements TemplateOutput {

    /** In the tables: a control character, which is dropped. */
    private static final byte[] DROPPED = {};

    /** In the tables: the first byte of U+0080..U+00BF, whose first 32 are the C1 controls, dropped. */
    private static final byte[] C1_LEAD = {};

    /** What {@link #writeEscaped(String, boolean)} writes in place of a byte; {@code null}: the byte. */
    private static final byte[][] TEXT = escapes(false);
    private static final byte[][] ATTRIBUTE = escapes(true);

    private byte[] bytes;
    private int size;

    PageBytes(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void writeContent(String value) {
        writeContent(value, 0, value.length());
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        room(endIndex - beginIndex);
        for (int i = beginIndex; i < endIndex; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                // past ASCII: let the JDK encode the rest (surrogate pairs, malformed ones as '?')
                writeBinaryContent(value.substring(i, endIndex).getBytes(StandardCharsets.UTF_8));
                return;
            }
            bytes[size++] = (byte) c;
        }
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        append(value, 0, value.length);
    }

    /**
     * A value of the data, made {@link PlainText#printable} and escaped for an element's text
     * ({@code & < >}) or for a quoted attribute value ({@code ' " & <}) exactly as JTE escapes
     * them, as UTF-8 (a lone surrogate as {@code '?'}, as the JDK encodes it). A value with nothing
     * to change is copied in one piece.
     *
     * <p>Dropping a control character from the bytes is not quite dropping it from the characters:
     * between a lone high and a lone low surrogate, {@link PlainText#printable} joins the two into
     * one character, four bytes, where the bytes of the value hold two {@code '?'}. So a value that
     * had a control dropped and holds a {@code '?'} is written again from {@link PlainText#printable}
     * itself; such values are rare.
     */
    void writeEscaped(String value, boolean attribute) {
        byte[][] escapes = attribute ? ATTRIBUTE : TEXT;
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int start = size;
        if (writeEscaped(utf8, escapes) && contains(utf8, (byte) '?')) {
            size = start;
            writeEscaped(PlainText.printable(value).getBytes(StandardCharsets.UTF_8), escapes);
        }
    }

    /** The page so far, as an array of its own. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Writes the bytes with the escapes of the table, the runs between them copied whole; whether a control was dropped. */
    private boolean writeEscaped(byte[] utf8, byte[][] escapes) {
        boolean dropped = false;
        int from = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte[] escape = escapes[utf8[i] & 0xFF];
            if (escape == null) {
                continue;
            }
            int next = i + 1;
            if (escape == C1_LEAD) {
                // valid UTF-8: a continuation byte follows; 0x80..0x9F make U+0080..U+009F
                if (utf8[next] >= (byte) 0xA0) {
                    continue;
                }
                next++;
                escape = DROPPED;
            }
            dropped |= escape == DROPPED;
            append(utf8, from, i - from);
            append(escape, 0, escape.length);
            from = next;
            i = next - 1;
        }
        append(utf8, from, utf8.length - from);
        return dropped;
    }

    private void append(byte[] value, int from, int length) {
        room(length);
        System.arraycopy(value, from, bytes, size, length);
        size += length;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private static boolean contains(byte[] values, byte value) {
        for (byte b : values) {
            if (b == value) {
                return true;
            }
        }
        return false;
    }

    /** The table of {@link #writeEscaped(String, boolean)}: {@link PlainText#printable}'s rule, then JTE's escapes. */
    private static byte[][] escapes(boolean attribute) {
        byte[][] escapes = new byte[256][];
        for (int c = 0; c < 0x20; c++) {
            escapes[c] = DROPPED;
        }
        escapes['\n'] = null;
        escapes['\t'] = ascii(" ");
        escapes[0x7F] = DROPPED;
        escapes[0xC2] = C1_LEAD;
        escapes['&'] = ascii("&amp;");
        escapes['<'] = ascii("&lt;");
        if (attribute) {
            escapes['"'] = ascii("&#34;");
            escapes['\''] = ascii("&#39;");
        } else {
            escapes['>'] = ascii("&gt;");
        }
        return escapes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
