/**
 * Stripe API objects: Event objects ({@code
 * {"object":"event","type":"invoice.paid","data":{"object": {...}}}}) and plain customers,
 * invoices, charges, payment intents and subscriptions. Amounts are converted from minor units
 * using Stripe's currency exponents (JPY is zero-decimal). The customer id is a group identifier on
 * the same edge as its corporate email domain; subscription statuses are state observations of that
 * customer.
 */
package io.nexusgraph.ingest.stripe;
