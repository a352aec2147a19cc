package org.rolecompare.related;

import java.util.List;
import java.util.Locale;

/**
 * The line a report of two related roles prints under its subtitle, "Related: 0.71 — shared skills
 * Patients, Patient Care": the score to two decimals and the weightiest skills both roles list, at
 * most {@value #SKILLS_SHOWN}, so a reader sees at once why the pair was chosen. Without shared
 * skills the line is the score alone.
 */
public final class RelatedNote {

    static final int SKILLS_SHOWN = 3;

    private RelatedNote() {
    }

    /** The line for a score and the shared skills, weightiest first. */
    public static String line(double score, List<String> sharedSkills) {
        String line = String.format(Locale.ROOT, "Related: %.2f", score);
        if (sharedSkills.isEmpty()) {
            return line;
        }
        return line + " \u2014 shared skills " + String.join(", ", sharedSkills.subList(0, Math.min(SKILLS_SHOWN, sharedSkills.size())));
    }
}
