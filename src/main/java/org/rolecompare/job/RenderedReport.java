package org.rolecompare.job;

/** A rendered report waiting to be written to the run's pdf folder. */
record RenderedReport(String fileName, byte[] bytes) {
}
