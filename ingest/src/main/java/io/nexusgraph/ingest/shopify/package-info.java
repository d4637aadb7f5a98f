/**
 * Shopify Admin API resources: shops (id, myshopify domain and primary domain on one edge; the
 * owner's email as a member with role owner), customers and orders. Order totals are decimal
 * strings in major units.
 */
package io.nexusgraph.ingest.shopify;
