package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Instant;

/**
 * One identifier in a connected component, with the entity id it had after the previous run.
 *
 * @param previousId the entity it belonged to before this run, or null when first resolved now
 * @param nodeId its node id when this run read it: the assign finds the node by id (checking the
 *     key), cheaper than a seek on the (type, value) index
 */
record Member(IdentifierKey key, String previousId, Instant firstSeenAt, long nodeId) {}
