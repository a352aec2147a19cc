/**
 * Related roles found from the data: a similarity score between two roles (skills, responsibilities'
 * words, education, salary level) and, for every role, its most related roles, found through an
 * inverted index instead of scoring all pairs. Plain Java: no Spring, no Batch, no files; the job
 * feeds it {@link org.rolecompare.related.RoleTraits} and writes what it returns.
 */
package org.rolecompare.related;
