/**
 * The data rules, in plain Java with no Spring and no database: rules on one row
 * ({@code RowValidators}), rules between rows and files ({@code CrossFileRules},
 * {@code RoleSettlement}, {@code ComparisonCheck}) and the {@code Finding} each produces. This is
 * where to change what is rejected, what is only a warning and which comparisons a rejected role
 * skips; the {@code staging} package only streams rows in and applies what these classes decide.
 */
package org.rolecompare.validate;
