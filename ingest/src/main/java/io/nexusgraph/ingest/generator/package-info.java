/**
 * Demo-data generator: a fictional B2B vendor (Nexora, nexora.io) and its customer companies, with
 * support email, meetings, Stripe billing, Shopify shops and web analytics, written in the real
 * source formats, plus the ground truth (the true person or company behind every identifier) for
 * measuring resolution quality. Deterministic: the same seed and scale give byte-identical files.
 */
package io.nexusgraph.ingest.generator;
