package org.rolecompare.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8WriterTests {

    private static final String MIXED = "Zoë Ñandú – 日本 𝄞 café\t\"quoted\"\n";

    @Test
    void writesTheSameBytesAsTheJdksWriter() throws IOException {
        // given
        String text = MIXED.repeat(5_000);

        // when
        byte[] ours = ours(text);

        // then
        assertThat(ours.length).isGreaterThan(1 << 16);
        assertThat(ours).isEqualTo(jdk(text));
    }

    @Test
    void replacesALoneSurrogateWithAQuestionMarkAsTheJdkDoes() throws IOException {
        // given
        String text = "a\uD834b\uDD1Ec";

        // when
        byte[] ours = ours(text);

        // then
        assertThat(new String(ours, StandardCharsets.UTF_8)).isEqualTo("a?b?c");
        assertThat(ours).isEqualTo(jdk(text));
    }

    @Test
    void singleCharactersAndCharArraysGoThroughTheSameEncoding() throws IOException {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer writer = new Utf8Writer(bytes);

        // when
        writer.write('<');
        writer.write('é');
        writer.write(MIXED.toCharArray(), 3, 10);
        writer.append("x", 0, 1);
        writer.flush();

        // then
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("<é" + MIXED.substring(3, 13) + "x");
    }

    private static byte[] ours(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new Utf8Writer(bytes)) {
            w.write(text);
        }
        return bytes.toByteArray();
    }

    private static byte[] jdk(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            w.write(text);
        }
        return bytes.toByteArray();
    }
}
