/**
 * Overrides: rules written by a person (config or a table) that force two identifiers into one
 * entity or keep them in two, whatever the evidence says. The resolver applies them on its next
 * run; see {@link io.nexusgraph.graph.override.IdentityOverride}.
 */
package io.nexusgraph.graph.override;
