// One worker thread of oracle/run.mjs: runs each program it is sent in a
// fresh MicroPython VM and posts back what it printed and how it ended.
import { parentPort } from "node:worker_threads";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

// Beyond this many bytes a program's lines are no longer streamed; its whole
// output still comes back when it ends.
const STREAM_LIMIT = 1 << 20;

const decoder = () => new TextDecoder("utf-8", { fatal: false });

parentPort.on("message", async (request) => {
    const bytes = [];
    let pending = [];
    const text = decoder();
    // Whole lines go to the parent as they are printed, so a program stopped
    // at its deadline still shows what it printed before.
    const stdout = (chunk) => {
        for (const b of chunk) {
            bytes.push(b);
            pending.push(b);
            if (b === 10 && bytes.length <= STREAM_LIMIT) {
                parentPort.postMessage({ kind: "stdout", text: text.decode(Uint8Array.from(pending), { stream: true }) });
                pending = [];
            }
        }
    };
    let error = null;
    try {
        const mp = await loadMicroPython({
            stdout,
            stderr: stdout,
            linebuffer: false,
            heapsize: request.heapsize ?? 1024 * 1024,
        });
        for (const [path, content] of Object.entries(request.files ?? {})) {
            const dir = path.split("/").slice(0, -1).join("/");
            if (dir) mp.FS.mkdirTree(dir);
            mp.FS.writeFile(path, content);
        }
        if (request.cwd) mp.FS.chdir(request.cwd);
        mp.runPython(request.code);
    } catch (e) {
        error = describe(e);
    }
    parentPort.postMessage({ kind: "done", stdout: decoder().decode(Uint8Array.from(bytes)), error });
});

// A PythonError's message is MicroPython's own traceback; its last line is
// "Type: message" (MicroPython keeps the ": " when the message is empty;
// trimming it off would glue the colon to the type).
function describe(e) {
    const traceback = String(e && e.message !== undefined ? e.message : e);
    if (!e || e.constructor?.name !== "PythonError") {
        return { type: "HarnessError", message: traceback, traceback: "" };
    }
    const lines = traceback.replace(/[\r\n]+$/, "").split("\n");
    const last = lines[lines.length - 1] ?? "";
    const colon = last.indexOf(": ");
    const type = colon >= 0 ? last.slice(0, colon) : last.trim();
    const message = colon >= 0 ? last.slice(colon + 2) : "";
    return { type, message, traceback };
}
