package org.rolecompare.report.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.rolecompare.compare.RoleProfile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns about characters that printed blank because no available font has them, naming the role
 * whose text holds the character, once per role and character: a role is in many reports, and one
 * line per report would bury the log. Remembers at most {@value #MAX_REMEMBERED} pairs, then stops
 * warning. Safe for concurrent renders.
 */
final class MissingGlyphLog {

    private static final Logger LOG = LoggerFactory.getLogger("role-compare");
    private static final int MAX_REMEMBERED = 10_000;

    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    void log(Set<Integer> missing, RoleProfile left, RoleProfile right, List<FontFace> faces) {
        for (int codePoint : missing) {
            String role = roleWith(codePoint, left, right);
            if (warned.size() < MAX_REMEMBERED && warned.add(role + '\u0000' + codePoint)) {
                LOG.warn("PDF report {} vs {}: no font has {} ({}) from {}; it prints blank (set in {}; name a font that has it "
                                + "in -D{})", left.role().id(), right.role().id(), describe(codePoint), Character.getName(codePoint),
                        role, faces, ReportFonts.FALLBACK_FONTS_PROPERTY);
            }
        }
    }

    /** "U+4E2D '中'" */
    static String describe(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X '%s'", codePoint, new String(Character.toChars(codePoint)));
    }

    private static String roleWith(int codePoint, RoleProfile left, RoleProfile right) {
        for (RoleProfile profile : new RoleProfile[] {left, right}) {
            if (profile.toString().indexOf(codePoint) >= 0) {
                return "role " + profile.role().id();
            }
        }
        return "the report's settings or change note";
    }
}
