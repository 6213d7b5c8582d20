import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { RunOutput } from "../../src/run/output";
import { parseOutputParams, parseRunResult } from "../../src/server/protocol";
import { FakeChannel } from "./fakes";

describe("run output", () => {
  it("appends text as it arrives and reveals the channel once per burst", () => {
    const channel = new FakeChannel();
    let now = 10_000;
    const out = new RunOutput(channel, () => now);
    out.notification({ text: "a", stream: "stdout" });
    now += 100;
    out.notification({ text: "b\n", stream: "stderr" });
    assert.equal(channel.text, "ab\n");
    assert.equal(channel.shows, 1);
    now += 5_000;
    out.notification({ text: "c\n", stream: "stdout" });
    assert.equal(channel.shows, 2);
  });

  it("ignores malformed notifications", () => {
    const channel = new FakeChannel();
    const out = new RunOutput(channel, () => 0);
    for (const bad of [null, 3, "text", {}, { text: 5 }, [], { stream: "stdout" }]) out.notification(bad);
    assert.equal(channel.text, "");
    assert.equal(channel.shows, 0);
  });

  it("starts run headers on a fresh line", () => {
    const channel = new FakeChannel();
    const out = new RunOutput(channel, () => 0);
    out.notification({ text: ">>> partial", stream: "stdout" });
    out.started("file", "rp2 (simulated)");
    assert.equal(channel.text, ">>> partial\n── run file on rp2 (simulated) ──\n");
  });
});

describe("protocol parsing", () => {
  it("defaults an unknown stream to stdout", () => {
    assert.deepEqual(parseOutputParams({ text: "x", stream: "weird" }), { text: "x", stream: "stdout" });
    assert.deepEqual(parseOutputParams({ text: "x", stream: "stderr" }), { text: "x", stream: "stderr" });
  });

  it("reads run results defensively", () => {
    assert.deepEqual(parseRunResult(null), { status: "ok" });
    assert.deepEqual(parseRunResult({ status: "ok" }), { status: "ok" });
    assert.deepEqual(parseRunResult({ status: "error", traceback: ["a", 3, "b"] }), {
      status: "error",
      ename: "Error",
      evalue: "",
      traceback: ["a", "b"],
    });
  });
});
