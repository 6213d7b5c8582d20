// Genuine MicroPython as a JSON-lines service, for differential tests.
//
// Each line on stdin is a request:
//   {"id": any, "code": "...", "files": {"/path": "text"}?, "heapsize": n?, "timeout_ms": n?}
// Each line on stdout is its answer, in request order:
//   {"id", "stdout", "error": null | {"type", "message", "traceback"}, "timeout": bool, "ms"}
//
// Every program runs in a fresh MicroPython VM, inside a worker thread, so a
// program that never ends is stopped at its deadline and the service goes on.
import { Worker } from "node:worker_threads";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const DEFAULT_TIMEOUT_MS = 10000;

await serve();

async function serve() {
    const script = fileURLToPath(new URL("./worker.mjs", import.meta.url));
    let worker = null;
    const fresh = () => {
        worker = new Worker(script);
        worker.unref();
    };
    fresh();
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
        if (!line.trim()) continue;
        let request;
        try {
            request = JSON.parse(line);
        } catch (e) {
            answer({ id: null, stdout: "", error: { type: "HarnessError", message: `bad request: ${e.message}`, traceback: "" }, timeout: false, ms: 0 });
            continue;
        }
        const started = Date.now();
        const timeoutMs = request.timeout_ms ?? DEFAULT_TIMEOUT_MS;
        const reply = await new Promise((resolve) => {
            const timer = setTimeout(() => {
                cleanup();
                worker.terminate();
                fresh();
                resolve({ stdout: partial, error: null, timeout: true });
            }, timeoutMs);
            let partial = "";
            const onMessage = (m) => {
                if (m.kind === "stdout") {
                    partial += m.text;
                    return;
                }
                cleanup();
                resolve({ stdout: m.stdout, error: m.error, timeout: false });
            };
            const onError = (e) => {
                cleanup();
                fresh();
                resolve({ stdout: partial, error: { type: "HarnessError", message: String(e), traceback: "" }, timeout: false });
            };
            const cleanup = () => {
                clearTimeout(timer);
                worker.off("message", onMessage);
                worker.off("error", onError);
            };
            worker.on("message", onMessage);
            worker.on("error", onError);
            worker.postMessage(request);
        });
        answer({ id: request.id ?? null, ...reply, ms: Date.now() - started });
    }
    process.exit(0);
}

function answer(obj) {
    process.stdout.write(JSON.stringify(obj) + "\n");
}
