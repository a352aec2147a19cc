package org.rolecompare.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A {@link Writer} of UTF-8 to a stream, buffered, without the lock that every method of the
 * JDK's writers takes (a big workbook or CSV makes hundreds of millions of small writes). For one
 * thread at a time. Characters that cannot be encoded (a lone surrogate) become {@code ?}, as with
 * the JDK's writers.
 */
public final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final byte[] bytes = new byte[1 << 16];
    private int count;

    public Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (c < 0x80 && count < bytes.length) {
            bytes[count++] = (byte) c;
        } else {
            write(String.valueOf((char) c));
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (count == bytes.length) {
                    drain();
                }
                bytes[count++] = (byte) c;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                encode(Character.toCodePoint(c, text.charAt(++i)));
            } else {
                encode(Character.isSurrogate(c) ? '?' : c);
            }
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length));
    }

    private void encode(int codePoint) throws IOException {
        if (count > bytes.length - 4) {
            drain();
        }
        if (codePoint < 0x80) {
            bytes[count++] = (byte) codePoint;
        } else if (codePoint < 0x800) {
            bytes[count++] = (byte) (0xC0 | codePoint >> 6);
            bytes[count++] = (byte) (0x80 | codePoint & 0x3F);
        } else if (codePoint < 0x10000) {
            bytes[count++] = (byte) (0xE0 | codePoint >> 12);
            bytes[count++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            bytes[count++] = (byte) (0x80 | codePoint & 0x3F);
        } else {
            bytes[count++] = (byte) (0xF0 | codePoint >> 18);
            bytes[count++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            bytes[count++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            bytes[count++] = (byte) (0x80 | codePoint & 0x3F);
        }
    }

    private void drain() throws IOException {
        out.write(bytes, 0, count);
        count = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
