package org.rolecompare.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairLedgerTests {

    @Test
    void aPairListedAgainInTheSameOrderPointsToItsFirstLine() {
        // given
        PairLedger ledger = new PairLedger();
        ledger.record(3, 7, 2);

        // when
        PairLedger.Earlier again = ledger.record(3, 7, 9);

        // then
        assertThat(again).isEqualTo(new PairLedger.Earlier(2, true));
    }

    @Test
    void aPairListedInTheOtherOrderIsADuplicateButNotTheSameReport() {
        // given
        PairLedger ledger = new PairLedger();
        ledger.record(3, 7, 2);

        // when
        PairLedger.Earlier reversed = ledger.record(7, 3, 5);
        PairLedger.Earlier reversedAgain = ledger.record(7, 3, 8);
        PairLedger.Earlier forwardAgain = ledger.record(3, 7, 11);

        // then
        assertThat(reversed).isEqualTo(new PairLedger.Earlier(2, false));
        assertThat(reversedAgain).isEqualTo(new PairLedger.Earlier(2, true));
        assertThat(forwardAgain).isEqualTo(new PairLedger.Earlier(2, true));
    }

    @Test
    void pairsSharingARoleAreDifferentPairs() {
        // given
        PairLedger ledger = new PairLedger();
        ledger.record(0, 1, 2);

        // when
        PairLedger.Earlier other = ledger.record(0, 2, 3);
        PairLedger.Earlier mirrored = ledger.record(1, 2, 4);

        // then
        assertThat(other).isNull();
        assertThat(mirrored).isNull();
    }

    @Test
    void remembersEveryPairWhenTheTableGrows() {
        // given
        PairLedger ledger = new PairLedger();
        int roles = 400;
        long line = 1;
        for (int left = 0; left < roles; left++) {
            for (int right = left + 1; right < roles; right += 7) {
                assertThat(ledger.record(left, right, ++line)).isNull();
            }
        }

        // when
        long firstLine = 1;
        int found = 0;
        for (int left = 0; left < roles; left++) {
            for (int right = left + 1; right < roles; right += 7) {
                PairLedger.Earlier earlier = ledger.record(right, left, line + 1_000_000);
                assertThat(earlier).isEqualTo(new PairLedger.Earlier(++firstLine, false));
                found++;
            }
        }

        // then
        assertThat(found).isGreaterThan(10_000);
    }
}
