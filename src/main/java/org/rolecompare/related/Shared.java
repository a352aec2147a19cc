package org.rolecompare.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/** What two sparse vectors have in common, named and ordered for a reader: weightiest first, ties by name. */
final class Shared {

    private Shared() {
    }

    private record Named(String name, double weight) {
    }

    /**
     * The names of the ids both sorted vectors hold, by the product of their two weights (highest
     * first, then by name), at most {@code limit}; {@code name} maps a position in {@code aIds} to its name.
     */
    static List<String> ranked(int[] aIds, float[] aWeights, int[] bIds, float[] bWeights, IntFunction<String> name, int limit) {
        List<Named> shared = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < aIds.length && j < bIds.length) {
            if (aIds[i] == bIds[j]) {
                shared.add(new Named(name.apply(i), (double) aWeights[i] * bWeights[j]));
                i++;
                j++;
            } else if (aIds[i] < bIds[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared.stream().sorted(Comparator.comparingDouble(Named::weight).reversed().thenComparing(Named::name))
                .limit(limit).map(Named::name).toList();
    }
}
