package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Where {@code validate} without {@code --output} and {@code history} log: the user's own state
 * folder (XDG), so no two users share, and fight over, one folder in {@code /tmp}.
 */
class UserLogFileTests {

    private static final Path HOME_STATE = Path.of(System.getProperty("user.home"), ".local", "state", "role-compare");

    @Test
    void anAbsoluteXdgStateHomeHoldsTheLogFolder() {
        // when
        Path file = BatchSession.userLogFile("history.log", Map.of("XDG_STATE_HOME", "/srv/state")::get);

        // then
        assertThat(file).isEqualTo(Path.of("/srv/state", "role-compare", "history.log"));
    }

    @Test
    void withoutXdgStateHomeTheFolderIsInTheHomeFolder() {
        // when
        Path file = BatchSession.userLogFile("role-compare.log", Map.<String, String>of()::get);

        // then
        assertThat(file).isEqualTo(HOME_STATE.resolve("role-compare.log"));
    }

    @Test
    void aRelativeXdgStateHomeIsIgnoredAsTheSpecificationSays() {
        // when
        Path file = BatchSession.userLogFile("role-compare.log", Map.of("XDG_STATE_HOME", "state")::get);

        // then
        assertThat(file).isEqualTo(HOME_STATE.resolve("role-compare.log"));
    }
}
