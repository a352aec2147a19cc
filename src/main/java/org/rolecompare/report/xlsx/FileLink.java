package org.rolecompare.report.xlsx;

/** A cell value that links to a file: {@code address} relative to the workbook, {@code label} the text shown. */
record FileLink(String address, String label) {

    /** A link to {@code path} (relative, {@code /}-separated) showing the file's name, or {@code null} for no path. */
    static FileLink to(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String normal = path.replace('\\', '/');
        return new FileLink(normal, normal.substring(normal.lastIndexOf('/') + 1));
    }
}
