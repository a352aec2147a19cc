/**
 * The Spring Batch wiring: one {@code @Configuration} per job or group of steps, and the adapters
 * Batch calls (readers, processors, writers, tasklets, the report partitioner and handler,
 * listeners), plus the job parameters and run settings they share. Decisions live in
 * {@code validate}, {@code compare} and {@code changes}; SQL lives in {@code staging}; files are
 * written by {@code report} and {@code publish}.
 */
package org.rolecompare.job;
