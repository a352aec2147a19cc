package org.rolecompare.files;

/** Rows of one input file: read = accepted + rejected, so nothing goes missing unnoticed. */
public record FileCount(String file, String sha256, long rowsRead, long rowsAccepted, long rowsRejected) {
}
