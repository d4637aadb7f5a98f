package io.nexusgraph.ingest.mapping;

import io.nexusgraph.ingest.quarantine.ReasonCode;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.Checkpoint.FileMark;
import io.nexusgraph.ingest.source.FileSet;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.ReadResult;
import io.nexusgraph.ingest.source.RecordWriter;
import io.nexusgraph.ingest.source.SourceAdapter;
import io.nexusgraph.ingest.source.SourcePosition;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** CSV files with a header row, mapped by a {@link MappingSpec}; checkpointed by byte offset. */
final class CsvSource implements SourceAdapter {
  private final MappingSpec spec;
  private final RowMapper mapper;

  CsvSource(MappingSpec spec) {
    this.spec = spec;
    this.mapper = new RowMapper(spec);
  }

  @Override
  public ReadResult read(Checkpoint from, IngestContext ctx) {
    Checkpoint cp = from;
    for (Path file : FileSet.expand(spec.paths(), List.of(".csv", ".tsv", ".txt"))) {
      String name = file.getFileName().toString();
      List<String> header;
      FileMark afterHeader;
      try (CsvReader headerReader = new CsvReader(file, FileMark.START, spec.delimiter())) {
        CsvReader.Row h = headerReader.next();
        if (h == null || h.fields() == null) {
          if (h != null) {
            ctx.rejectRecord(
                SourcePosition.line(name, h.line(), h.byteOffset()),
                h.raw(),
                ReasonCode.MALFORMED_CSV,
                "unreadable header: " + h.problem());
          }
          continue;
        }
        header = h.fields().stream().map(String::strip).toList();
        afterHeader = headerReader.mark();
      }
      FileMark start = cp.mark(file.toString());
      try (CsvReader rows =
          new CsvReader(file, start.byteOffset() == 0 ? afterHeader : start, spec.delimiter())) {
        for (CsvReader.Row row = rows.next(); row != null; row = rows.next()) {
          handle(row, header, name, ctx);
        }
        cp = cp.withMark(file.toString(), rows.mark());
      }
    }
    return new ReadResult(cp, ctx.counts());
  }

  private void handle(CsvReader.Row row, List<String> header, String file, IngestContext ctx) {
    SourcePosition pos = SourcePosition.line(file, row.line(), row.byteOffset());
    if (row.fields() == null) {
      ctx.rejectRecord(pos, row.raw(), ReasonCode.MALFORMED_CSV, row.problem());
      return;
    }
    if (row.fields().size() != header.size()) {
      ctx.rejectRecord(
          pos,
          row.raw(),
          ReasonCode.MALFORMED_CSV,
          "expected " + header.size() + " columns, found " + row.fields().size());
      return;
    }
    Map<String, String> cells = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      cells.put(header.get(i), row.fields().get(i));
    }
    RecordWriter out = ctx.begin(pos, row.raw());
    mapper.map(cells::get, out);
    out.commit();
  }
}
