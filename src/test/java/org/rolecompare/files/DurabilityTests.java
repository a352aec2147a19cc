package org.rolecompare.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forcing many files together: every channel is forced and still open for its caller afterwards,
 * and a channel that cannot be forced fails the call, after the others were forced, instead of
 * passing silently.
 */
class DurabilityTests {

    @TempDir
    Path temp;

    private final List<FileChannel> channels = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (FileChannel channel : channels) {
            channel.close();
        }
    }

    @Test
    void forcesEveryChannelAndLeavesThemOpen() throws IOException {
        // given
        for (int i = 0; i < 40; i++) {
            channels.add(written("r" + i + ".pdf"));
        }

        // when
        Durability.forceAll(channels);

        // then
        assertThat(channels).allSatisfy(c -> assertThat(c.isOpen()).isTrue());
        assertThat(channels).allSatisfy(c -> assertThat(c.size()).isEqualTo(6));
    }

    @Test
    void aChannelThatCannotBeForcedFailsTheCall() throws IOException {
        // given
        channels.add(written("a.pdf"));
        FileChannel closed = written("b.pdf");
        closed.close();
        channels.add(closed);
        channels.add(written("c.pdf"));

        // when / then
        assertThatThrownBy(() -> Durability.forceAll(channels)).isInstanceOf(ClosedChannelException.class);
        assertThat(channels.get(2).isOpen()).isTrue();
    }

    private FileChannel written(String name) throws IOException {
        FileChannel channel = FileChannel.open(temp.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        channel.write(ByteBuffer.wrap("report".getBytes(StandardCharsets.UTF_8)));
        return channel;
    }
}
