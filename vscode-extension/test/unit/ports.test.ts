import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parsePortsJson } from "../../src/ports/parse";
import { currentTarget, pickItems, settingsForTarget, statusText } from "../../src/ports/picker";
import { readSettings } from "../../src/settings";
import { FakeConfig } from "./fakes";

const SAMPLE = JSON.stringify([
  { port: "/dev/ttyUSB0", vid: 4292, pid: 60000, board: "ESP32 (CP210x)", manufacturer: "Silicon Labs", serial_number: "0001" },
  { port: "/dev/ttyACM0", vid: "0x2E8A", pid: "5", board: "Raspberry Pi Pico", manufacturer: null, serial_number: "" },
]);

describe("parsePortsJson", () => {
  it("parses the documented shape", () => {
    const parsed = parsePortsJson(SAMPLE);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.ports, [
      { port: "/dev/ttyACM0", vid: 0x2e8a, pid: 5, board: "Raspberry Pi Pico" },
      { port: "/dev/ttyUSB0", vid: 4292, pid: 60000, board: "ESP32 (CP210x)", manufacturer: "Silicon Labs", serialNumber: "0001" },
    ]);
  });

  it("reads device-bridge's spelling too, likely boards first", () => {
    const parsed = parsePortsJson(
      JSON.stringify([
        { path: "/dev/ttyS0", vid: null, pid: null, usb_id: null, description: "serial port", candidate: false },
        { path: "/dev/ttyUSB1", vid: 6790, pid: 29987, usb_id: "1a86:7523", serial_number: null, manufacturer: "QinHeng", product: "USB Serial", description: "CH340 USB-serial", candidate: true },
      ]),
    );
    assert.deepEqual(parsed, {
      ok: true,
      ports: [
        { port: "/dev/ttyUSB1", vid: 6790, pid: 29987, board: "CH340 USB-serial", manufacturer: "QinHeng", likelyBoard: true },
        { port: "/dev/ttyS0", board: "serial port", likelyBoard: false },
      ],
    });
  });

  it("drops entries it cannot use instead of failing the list", () => {
    const parsed = parsePortsJson(
      JSON.stringify([null, 3, "COM1", {}, { port: "" }, { port: 7 }, { port: "COM3", vid: 70000, pid: -1, board: 5 }, { port: "COM3" }]),
    );
    assert.deepEqual(parsed, { ok: true, ports: [{ port: "COM3" }] });
  });

  it("sorts ports naturally", () => {
    const parsed = parsePortsJson(JSON.stringify([{ port: "COM10" }, { port: "COM9" }, { port: "COM1" }]));
    assert.deepEqual(parsed.ok && parsed.ports.map((p) => p.port), ["COM1", "COM9", "COM10"]);
  });

  it("explains output that is not a JSON array", () => {
    const notJson = parsePortsJson("error: no such subcommand");
    assert.equal(notJson.ok, false);
    assert.match(!notJson.ok ? notJson.error : "", /did not print JSON/);
    assert.deepEqual(parsePortsJson('{"port": "COM1"}'), { ok: false, error: "`upy ports --json` did not print a JSON array" });
    assert.deepEqual(parsePortsJson("[]"), { ok: true, ports: [] });
  });
});

describe("target picker model", () => {
  const simulated = readSettings(new FakeConfig({ board: "rp2" }));
  const onPort = readSettings(new FakeConfig({ port: "/dev/ttyUSB0" }));
  const ports = parsePortsJson(SAMPLE);
  assert.ok(ports.ok);

  it("lists ports with board names first, then the simulated boards", () => {
    const items = pickItems(ports.ports, simulated);
    assert.deepEqual(
      items.map((i) => (i.separator ? `-- ${i.label}` : i.label)),
      [
        "-- Serial ports",
        "$(plug) /dev/ttyACM0",
        "$(plug) /dev/ttyUSB0",
        "-- Simulated boards (run locally)",
        "$(circuit-board) auto",
        "$(circuit-board) esp32",
        "$(circuit-board) rp2",
        "$(circuit-board) generic",
      ],
    );
    const usb = items.find((i) => i.label.endsWith("/dev/ttyUSB0"))!;
    assert.equal(usb.description, "ESP32 (CP210x)");
    assert.equal(usb.detail, "USB 10C4:EA60 · Silicon Labs · serial 0001");
    assert.deepEqual(
      items.filter((i) => i.picked).map((i) => i.label),
      ["$(circuit-board) rp2"],
    );
  });

  it("marks the configured port, and keeps it listed when it is unplugged", () => {
    assert.deepEqual(
      pickItems(ports.ports, onPort).filter((i) => i.picked).map((i) => i.label),
      ["$(plug) /dev/ttyUSB0"],
    );
    const unplugged = pickItems([], onPort);
    const item = unplugged.find((i) => i.target?.kind === "port")!;
    assert.equal(item.description, "not detected now");
    assert.equal(item.picked, true);
  });

  it("says why ports are missing", () => {
    assert.ok(pickItems([], simulated).some((i) => i.label.includes("No serial ports found")));
    const failed = pickItems([], simulated, "upy ports --json failed: permission denied");
    assert.ok(failed.some((i) => i.detail === "upy ports --json failed: permission denied"));
  });

  it("writes the port alone for a board, and clears it for a simulation", () => {
    assert.deepEqual(settingsForTarget({ kind: "port", port: "COM3" }), [{ key: "port", value: "COM3" }]);
    assert.deepEqual(settingsForTarget({ kind: "simulated", board: "esp32" }), [
      { key: "port", value: "" },
      { key: "board", value: "esp32" },
    ]);
    assert.deepEqual(settingsForTarget({ kind: "simulated", board: undefined })[1], { key: "board", value: "auto" });
    assert.deepEqual(currentTarget(onPort), { kind: "port", port: "/dev/ttyUSB0" });
  });

  it("names the target in the status bar", () => {
    assert.equal(statusText(simulated, false).text, "$(circuit-board) rp2 (simulated)");
    assert.equal(statusText(readSettings(new FakeConfig()), false).text, "$(circuit-board) auto (simulated)");
    assert.equal(statusText(onPort, false).text, "$(plug) /dev/ttyUSB0");
    assert.equal(statusText(onPort, true).text, "$(sync~spin) /dev/ttyUSB0");
    assert.match(statusText(readSettings(new FakeConfig({ virtualTime: true })), false).tooltip, /virtual time/);
  });
});
