// Parses `upy ports --json`: a JSON array of
//   { "port": "/dev/ttyUSB0", "vid": 4292, "pid": 60000, "board": "ESP32 (CP210x)",
//     "manufacturer": "Silicon Labs", "serial_number": "0001" }
// device-bridge's lister writes the same facts under other names
//   { "path": ..., "description": ..., "product": ..., "candidate": true, ... }
// so both spellings are read. Every field but the port may be missing or null;
// entries without a usable port are dropped rather than failing the whole list.

export interface PortInfo {
  port: string;
  vid?: number;
  pid?: number;
  board?: string;
  manufacturer?: string;
  serialNumber?: string;
  /** The lister recognised the USB id as a board or a board's USB-serial chip. */
  likelyBoard?: boolean;
}

export type ParsedPorts = { ok: true; ports: PortInfo[] } | { ok: false; error: string };

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** USB ids arrive as numbers, but a hand-written tool might send "0x10c4" or "4292". */
function usbId(value: unknown): number | undefined {
  let n: number | undefined;
  if (typeof value === "number") {
    n = value;
  } else if (typeof value === "string") {
    const text = value.trim();
    if (/^0x[0-9a-f]{1,4}$/i.test(text)) {
      n = Number.parseInt(text.slice(2), 16);
    } else if (/^\d{1,5}$/.test(text)) {
      n = Number.parseInt(text, 10);
    }
  }
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= 0xffff ? n : undefined;
}

export function parsePortsJson(stdout: string): ParsedPorts {
  let data: unknown;
  try {
    data = JSON.parse(stdout);
  } catch (e) {
    return { ok: false, error: `\`upy ports --json\` did not print JSON (${(e as Error).message})` };
  }
  if (!Array.isArray(data)) {
    return { ok: false, error: "`upy ports --json` did not print a JSON array" };
  }
  const byPort = new Map<string, PortInfo>();
  for (const entry of data) {
    if (typeof entry !== "object" || entry === null) {
      continue;
    }
    const record = entry as Record<string, unknown>;
    const port = optionalString(record.port) ?? optionalString(record.path);
    if (port === undefined || byPort.has(port)) {
      continue;
    }
    const info: PortInfo = { port };
    const vid = usbId(record.vid);
    const pid = usbId(record.pid);
    const board = optionalString(record.board) ?? optionalString(record.description) ?? optionalString(record.product);
    const manufacturer = optionalString(record.manufacturer);
    const serialNumber = optionalString(record.serial_number);
    if (vid !== undefined) info.vid = vid;
    if (pid !== undefined) info.pid = pid;
    if (board !== undefined) info.board = board;
    if (manufacturer !== undefined) info.manufacturer = manufacturer;
    if (serialNumber !== undefined) info.serialNumber = serialNumber;
    if (typeof record.candidate === "boolean") info.likelyBoard = record.candidate;
    byPort.set(port, info);
  }
  // Likely boards first: the port a user wants is rarely a modem or a Bluetooth serial link.
  const rank = (p: PortInfo) => (p.likelyBoard === false ? 1 : 0);
  const ports = [...byPort.values()].sort(
    (a, b) => rank(a) - rank(b) || a.port.localeCompare(b.port, undefined, { numeric: true }),
  );
  return { ok: true, ports };
}

export function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, "0");
}
