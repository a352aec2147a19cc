/**
 * The domain: roles, their profiles, the comparison metrics, the narrative and key differences,
 * how a role is named in a sentence, and how numbers are shown. Plain Java, depends on no other
 * package of role-compare, so every report format says the same thing in the same words.
 */
package org.rolecompare.compare;
