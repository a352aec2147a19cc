package org.rolecompare.report.html;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import gg.jte.TemplateOutput;

/**
 * A page's bytes as the template writes them: UTF-8 into one growing array, the templates' fixed
 * parts copied as the bytes they were encoded to at build time. What JTE's own byte output does,
 * but in one array instead of a list of pieces joined at the end: a comparison page is a few
 * thousand small writes, and ten thousand pages a run. Not thread-safe: one per page.
 */
final class PageBytes implements TemplateOutput {

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
        room(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
    }

    /** The page so far, as an array of its own. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
