/**
 * Mailing a published run: settings, recipients and subscriptions, the digest and headlines,
 * attachments, the SMTP and file outboxes, retries with a deadline, and delivery.json, the ledger
 * that lets {@code deliver} re-send only what was not delivered. Reads a run only through its
 * published folder and manifest.
 */
package org.rolecompare.delivery;
