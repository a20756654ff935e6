import * as assert from "node:assert/strict";
import { sentenceCase } from "../../server/src/trackers/draft";

describe("trackers: issue titles", () => {
  it("capitalise a leading verb, and nothing else", () => {
    assert.equal(sentenceCase("add an alert on queue depth"), "Add an alert on queue depth");
    assert.equal(sentenceCase("investigate the retry storm"), "Investigate the retry storm");
    assert.equal(
      sentenceCase("kubectl drain runs before every node upgrade"),
      "kubectl drain runs before every node upgrade",
    );
    assert.equal(sentenceCase("eBPF probes on the gateway"), "eBPF probes on the gateway");
    assert.equal(sentenceCase("Rotate the signing key"), "Rotate the signing key");
  });
});
