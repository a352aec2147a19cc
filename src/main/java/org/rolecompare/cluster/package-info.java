/**
 * Cluster mode: PostgreSQL as job repository and staging store, RabbitMQ carrying report
 * partitions to worker processes, and the recovery of partitions a lost worker left. Swaps one
 * partition handler bean; everything else is the single-machine job.
 */
package org.rolecompare.cluster;
