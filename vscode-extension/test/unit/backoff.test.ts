import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { RestartPolicy } from "../../src/server/backoff";

function policy() {
  const clock = { now: 0 };
  const p = new RestartPolicy({ baseDelayMs: 500, maxDelayMs: 4_000, maxRestarts: 5, stableAfterMs: 60_000, now: () => clock.now });
  return { p, clock };
}

describe("restart backoff", () => {
  it("doubles the delay up to the cap, then gives up", () => {
    const { p } = policy();
    const decisions = Array.from({ length: 6 }, () => p.crashed());
    assert.deepEqual(
      decisions.map((d) => (d.restart ? d.delayMs : "stop")),
      [500, 1_000, 2_000, 4_000, 4_000, "stop"],
    );
  });

  it("forgives crashes after the server stayed up long enough", () => {
    const { p, clock } = policy();
    p.crashed();
    p.crashed();
    p.started();
    clock.now += 60_000;
    assert.deepEqual(p.crashed(), { restart: true, delayMs: 500, attempt: 1 });
  });

  it("does not forgive a server that crashes soon after starting", () => {
    const { p, clock } = policy();
    p.crashed();
    p.started();
    clock.now += 1_000;
    assert.deepEqual(p.crashed(), { restart: true, delayMs: 1_000, attempt: 2 });
  });

  it("starts over after a manual restart", () => {
    const { p } = policy();
    for (let i = 0; i < 6; i++) p.crashed();
    p.reset();
    assert.equal(p.crashed().restart, true);
  });
});
