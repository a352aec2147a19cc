package org.rolecompare.report.xlsx;
public final class WorkbookWriter {
    public static void write(WorkbookSource s, java.nio.file.Path t) throws java.io.IOException {}
}
