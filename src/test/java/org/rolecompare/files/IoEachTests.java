package org.rolecompare.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link IoEach}: a failure on one file of a batch must not leave the others unforced or open, and
 * no failure may be lost.
 */
class IoEachTests {

    @Test
    void everyItemIsDoneEvenAfterFailuresAndTheFirstFailureCarriesTheOthers() {
        // given
        List<String> done = new ArrayList<>();
        List<String> items = List.of("a", "bad-1", "b", "bad-2", "c");

        // when / then
        assertThatThrownBy(() -> IoEach.forEach(items, item -> {
            done.add(item);
            if (item.startsWith("bad")) {
                throw new IOException(item + " failed");
            }
        })).isInstanceOf(IOException.class).hasMessage("bad-1 failed")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly("bad-2 failed"));
        assertThat(done).containsExactlyElementsOf(items);
    }

    @Test
    void nothingIsThrownWhenEveryItemSucceeds() {
        // given
        List<Integer> done = new ArrayList<>();

        // when / then
        assertThatCode(() -> IoEach.forEach(List.of(1, 2, 3), done::add)).doesNotThrowAnyException();
        assertThat(done).containsExactly(1, 2, 3);
    }
}
