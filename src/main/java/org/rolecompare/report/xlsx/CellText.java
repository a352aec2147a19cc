package org.rolecompare.report.xlsx;

/**
 * Makes any text safe to store in a cell: drops the characters XML 1.0 forbids (which would make
 * the file unreadable) and cuts text to Excel's 32,767-character cell limit, counting each cut so
 * the run can report it instead of losing text silently.
 */
final class CellText {

    static final int MAX_LENGTH = 32_767;

    private long truncated;

    String clean(String text) {
        String valid = isValid(text) ? text : withoutForbidden(text);
        if (valid.length() <= MAX_LENGTH) {
            return valid;
        }
        truncated++;
        int end = Character.isHighSurrogate(valid.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return valid.substring(0, end);
    }

    long truncatedCells() {
        return truncated;
    }

    private static boolean isValid(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isForbidden(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String withoutForbidden(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!isForbidden(c) && !Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isForbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF';
    }
}
