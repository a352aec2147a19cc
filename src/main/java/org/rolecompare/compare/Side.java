package org.rolecompare.compare;

/** Which side of a comparison a metric points to; {@code EQUAL} when neither wins. */
public enum Side {
    LEFT, RIGHT, EQUAL
}
