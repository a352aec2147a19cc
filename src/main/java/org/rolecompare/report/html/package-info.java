/**
 * The run's web site, {@code html/} in the run folder: a page per comparison
 * ({@code compare/LEFT-vs-RIGHT.html}, the PDF's content as HTML with inline SVG charts), a page
 * per accepted role ({@code roles/ROLE.html}), an index with the run's facts and every role A–Z
 * ({@code index.html}, split into a page per initial letter on big runs) and the shared stylesheet
 * and filter script ({@code assets/}). Pages are rendered by JTE templates ({@code src/main/jte/}),
 * compiled into classes of this package at build time, so every text is escaped by the engine; the
 * page models are plain records made here from the report content and the roles' profiles.
 */
package org.rolecompare.report.html;
