package org.rolecompare.compare;

/**
 * Typical years it takes to become a role, as written in {@code roles.csv} ({@code 2-4} or {@code 3}).
 *
 * <p>Kept as whole years because that is how sources publish it; the midpoint decides which of two
 * roles takes longer.
 */
public record YearsRange(int min, int max) {

    public YearsRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("years range must satisfy 0 <= min <= max: " + min + "-" + max);
        }
    }

    public double midpoint() {
        return (min + max) / 2.0;
    }

    /** The range as users write it: {@code 2-4}, or {@code 3} when both ends are equal. */
    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + "-" + max;
    }
}
