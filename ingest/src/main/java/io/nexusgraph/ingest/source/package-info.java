/**
 * The source-adapter SPI. An adapter reads one kind of source in a streaming fashion (constant
 * memory for any size), turns each record into event-log observations through a {@link
 * io.nexusgraph.ingest.source.RecordWriter}, tags everything with its {@link
 * io.nexusgraph.ingest.source.SourcePosition}, and returns a {@link
 * io.nexusgraph.ingest.source.Checkpoint} so the next run reads only what is new. Adapters are
 * registered with {@link java.util.ServiceLoader} through {@link
 * io.nexusgraph.ingest.source.SourceAdapterFactory}.
 */
package io.nexusgraph.ingest.source;
