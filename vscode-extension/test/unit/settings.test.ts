import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT_BAUDRATE, KEYS, SECTION, readSettings, targetChanged, targetOptions } from "../../src/settings";
import { FakeConfig, manifest } from "./fakes";

describe("settings", () => {
  it("reads defaults when nothing is set", () => {
    assert.deepEqual(readSettings(new FakeConfig()), {
      path: undefined,
      board: undefined,
      port: undefined,
      baudrate: DEFAULT_BAUDRATE,
      virtualTime: false,
      enable: undefined,
    });
  });

  it("reads the declared defaults of package.json as unset", () => {
    const properties = manifest().contributes.configuration.properties;
    const defaults: Record<string, unknown> = {};
    for (const key of KEYS) defaults[key] = properties[`${SECTION}.${key}`].default;
    assert.deepEqual(readSettings(new FakeConfig(defaults)), readSettings(new FakeConfig()));
  });

  it("reads explicit values, trimming text", () => {
    const s = readSettings(
      new FakeConfig({ path: " /opt/upy ", board: "rp2", port: "/dev/ttyACM0", baudrate: 921600, virtualTime: true, enable: true }),
    );
    assert.deepEqual(s, { path: "/opt/upy", board: "rp2", port: "/dev/ttyACM0", baudrate: 921600, virtualTime: true, enable: true });
  });

  it("treats hand-edited nonsense as unset", () => {
    const s = readSettings(new FakeConfig({ path: 3, board: "esp8266", port: "  ", baudrate: -5, virtualTime: "yes", enable: 1 }));
    assert.equal(readSettings(new FakeConfig({ enable: false })).enable, false);
    assert.deepEqual(s, readSettings(new FakeConfig()));
    assert.equal(readSettings(new FakeConfig({ baudrate: 115200.5 })).baudrate, DEFAULT_BAUDRATE);
  });

  it("turns settings into the server's target options, null meaning not chosen", () => {
    assert.deepEqual(targetOptions(readSettings(new FakeConfig())), { board: null, port: null, baudrate: 115200, virtualTime: false });
    assert.deepEqual(targetOptions(readSettings(new FakeConfig({ board: "esp32", port: "COM3", virtualTime: true }))), {
      board: "esp32",
      port: "COM3",
      baudrate: 115200,
      virtualTime: true,
    });
  });

  it("notices target changes but not unrelated ones", () => {
    const a = readSettings(new FakeConfig({ board: "esp32" }));
    assert.equal(targetChanged(a, readSettings(new FakeConfig({ board: "esp32", path: "/x", enable: true }))), false);
    assert.equal(targetChanged(a, readSettings(new FakeConfig({ board: "rp2" }))), true);
    assert.equal(targetChanged(a, readSettings(new FakeConfig({ board: "esp32", virtualTime: true }))), true);
  });

  it("declares exactly these settings in package.json, each with a description", () => {
    const properties = manifest().contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties).sort(), KEYS.map((k) => `${SECTION}.${k}`).sort());
    for (const [key, spec] of Object.entries<any>(properties)) {
      assert.ok((spec.markdownDescription ?? spec.description ?? "").length > 20, `${key} lacks a description`);
    }
    // A workspace must not be able to choose which binary runs.
    assert.equal(properties["upy.path"].scope, "machine-overridable");
  });
});
