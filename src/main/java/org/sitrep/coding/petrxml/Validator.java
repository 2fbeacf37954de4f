package org.sitrep.coding.petrxml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.coding.ParseTree;
import org.sitrep.coding.SentenceCoder;
import org.sitrep.coding.TreeReader;
import org.sitrep.coding.TreeSyntaxException;

/**
 * Runs a PETRARCH validation file through the coder and judges each record as PETRARCH's own
 * validator does: the sorted list of (source, target, code) triples coded must equal the sorted
 * list expected; records expecting {@code noevents} or an {@code error} expect none. A record id
 * that occurs twice counts once, with its last occurrence.
 *
 * <pre>{@code new Validator(coder).run(file).stream().filter(RecordOutcome::right).count()}</pre>
 */
public final class Validator {
  private final SentenceCoder coder;

  public Validator(SentenceCoder coder) {
    this.coder = coder;
  }

  public List<RecordOutcome> run(PetrarchFile file) {
    Map<String, SentenceRecord> byId = new LinkedHashMap<>();
    for (SentenceRecord record : file.sentences()) {
      byId.remove(record.id());
      byId.put(record.id(), record);
    }
    List<RecordOutcome> outcomes = new ArrayList<>();
    for (SentenceRecord record : byId.values()) {
      outcomes.add(judge(record));
    }
    return outcomes;
  }

  private RecordOutcome judge(SentenceRecord record) {
    List<ExpectedEvent> expected = new ArrayList<>();
    if (record.expectedError().isEmpty() && !record.expectsNoEvents()) {
      expected.addAll(record.expected());
    }
    Collections.sort(expected);
    List<ExpectedEvent> coded = new ArrayList<>();
    String note = "";
    try {
      ParseTree tree = TreeReader.read(record.parse());
      SentenceCoder.Result result = coder.code(tree, record.text(), record.date(), record.config());
      for (SentenceCoder.CodedEvent event : result.events()) {
        coded.add(new ExpectedEvent(event.source(), event.target(), event.code()));
      }
      note = result.setAside().orElse("");
    } catch (TreeSyntaxException e) {
      note = "bad_input_parse: " + e.getMessage();
    }
    Collections.sort(coded);
    return new RecordOutcome(record, expected, coded, note);
  }
}
