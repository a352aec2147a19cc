package org.rolecompare.report.html;

/** One labelled value of a page's fact table: "Yearly salary", "$43,633". */
record Fact(String label, String value) {
}
