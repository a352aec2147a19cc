package org.rolecompare.compare;

import java.util.List;

/**
 * A complete demographic breakdown of one role along one dimension ({@code gender}, {@code race}, …),
 * categories in file order. Validation guarantees the shares add up to 100 ± 0.5.
 */
public record Breakdown(String dimension, List<CategoryShare> categories) {

    public Breakdown {
        categories = List.copyOf(categories);
    }
}
