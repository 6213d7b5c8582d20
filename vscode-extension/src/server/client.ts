// Owns the `upy lsp` process through vscode-languageclient: starts it on
// demand, restarts it after a crash with backoff, and rebuilds it when the
// binary, the MicroPython folders or the user's "Restart" ask for it.

import {
  CloseAction,
  type CloseHandlerResult,
  ErrorAction,
  type ErrorHandlerResult,
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
} from "vscode-languageclient/node";
import type * as vscode from "vscode";
import type { ServerLink } from "../commands";
import type { Notifier } from "../host";
import { documentSelector } from "../project";
import { type Settings, targetOptions } from "../settings";
import { DEFAULT_BACKOFF, RestartPolicy } from "./backoff";
import { type InitializationOptions, OUTPUT_NOTIFICATION, SERVER_ARGS, ServerCommand } from "./protocol";

export interface ServerDeps {
  /** The binary to start, or an Error saying why there is none (already shown to the user). */
  resolveBinary(): Promise<string | Error>;
  settings(): Settings;
  /** fsPaths of the MicroPython folders whose Python files the server gets. */
  microPythonFolders(): string[];
  log: vscode.OutputChannel;
  notify: Notifier;
  onOutput(params: unknown): void;
  onRunning(running: boolean): void;
}

const CLIENT_ID = "upy";
const CLIENT_NAME = "MicroPython Language Server";

export class UpyServer implements ServerLink {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private readonly policy = new RestartPolicy({ ...DEFAULT_BACKOFF, now: () => Date.now() });
  private selectorKey = "";
  /** Set between a crash and the automatic restart's outcome; requests wait for it. */
  private recovering: Promise<void> | undefined;
  private endRecovery: (() => void) | undefined;

  constructor(private readonly deps: ServerDeps) {}

  get isRunning(): boolean {
    return this.client?.state === State.Running;
  }

  /** Starts the server if it is not running; concurrent callers share one start. */
  ensureStarted(): Promise<LanguageClient> {
    if (this.recovering) {
      return this.recovering.then(() => this.ensureStarted());
    }
    if (this.client && this.client.state !== State.Stopped) {
      return this.client.state === State.Running ? Promise.resolve(this.client) : this.waitRunning(this.client);
    }
    this.starting ??= this.start().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  async executeCommand(command: string, args: unknown[]): Promise<unknown> {
    const client = await this.ensureStarted();
    return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  /** Tells a running server about a new target; a stopped one reads it at start. */
  async selectTarget(settings: Settings): Promise<void> {
    if (this.isRunning) {
      await this.executeCommand(ServerCommand.selectTarget, [targetOptions(settings)]);
    }
  }

  /** The user's restart: a fresh client, a fresh crash budget. */
  async restart(): Promise<void> {
    this.policy.reset();
    await this.stop();
    await this.ensureStarted();
  }

  /** Restarts a running server if the set of MicroPython folders changed. */
  async foldersChanged(): Promise<void> {
    const key = JSON.stringify(this.deps.microPythonFolders());
    if (this.client && key !== this.selectorKey) {
      await this.stop();
      await this.ensureStarted();
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.endRecovery?.(); // whoever waits for the automatic restart now gets the next start
    if (!client) return;
    try {
      if (client.state !== State.Stopped) await client.stop(2_000);
    } catch (e) {
      this.deps.log.appendLine(`Stopping the server failed: ${String(e)}`);
    }
    await client.dispose().catch(() => undefined);
    this.deps.onRunning(false);
  }

  private async start(): Promise<LanguageClient> {
    if (this.client) await this.stop(); // a client that gave up after crashing
    const binary = await this.deps.resolveBinary();
    if (binary instanceof Error) throw binary;
    const folders = this.deps.microPythonFolders();
    this.selectorKey = JSON.stringify(folders);

    const serverOptions: ServerOptions = {
      command: binary,
      // No `transport`: with TransportKind.stdio the client appends `--stdio`
      // to the arguments; left unset it still talks over stdio, with our args only.
      args: [...SERVER_ARGS],
      options: folders[0] !== undefined ? { cwd: folders[0] } : {},
    };
    // Read again on every (re)start, so a restart after a crash uses today's settings.
    const initializationOptions = (): InitializationOptions => targetOptions(this.deps.settings());
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(folders),
      initializationOptions,
      outputChannel: this.deps.log,
      errorHandler: {
        error: (_error, _message, count): ErrorHandlerResult => ({
          action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
        }),
        closed: () => this.closed(),
      },
      initializationFailedHandler: (error) => {
        this.deps.log.appendLine(`initialize failed: ${String(error)}`);
        return false;
      },
    };

    const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    client.onNotification(OUTPUT_NOTIFICATION, (params: unknown) => this.deps.onOutput(params));
    client.onDidChangeState((event) => {
      const running = event.newState === State.Running;
      if (running) this.policy.started();
      this.deps.onRunning(running);
    });
    this.client = client;
    this.deps.log.appendLine(`Starting ${binary} ${SERVER_ARGS.join(" ")} with ${JSON.stringify(initializationOptions())}`);
    await client.start();
    return client;
  }

  private async closed(): Promise<CloseHandlerResult> {
    const decision = this.policy.crashed();
    if (!decision.restart) {
      const message = `MicroPython: the language server stopped ${decision.crashes} times in a row and will not be restarted. Its log is in the "${CLIENT_NAME}" output.`;
      void this.deps.notify.error(message, "Restart").then((choice) => {
        if (choice === "Restart") void this.restart();
      });
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.deps.log.appendLine(`The server exited; restart ${decision.attempt} in ${decision.delayMs} ms.`);
    const client = this.client;
    if (client) {
      // Until the client reports the restart's outcome its old connection is
      // dead; requests made meanwhile wait instead of failing.
      // The client passes through Stopped before it starts again, so only a
      // Stopped after Starting is the restart failing.
      let started = false;
      this.recovering = new Promise<void>((resolve) => {
        const subscription = client.onDidChangeState((event) => {
          if (event.newState === State.Starting) started = true;
          if (event.newState === State.Running || (started && event.newState === State.Stopped)) {
            if (event.newState === State.Running) this.deps.log.appendLine("The server is running again.");
            this.endRecovery?.();
          }
        });
        this.endRecovery = () => {
          subscription.dispose();
          this.recovering = undefined;
          this.endRecovery = undefined;
          resolve();
        };
      });
    }
    await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
    return { action: CloseAction.Restart, handled: true };
  }

  private waitRunning(client: LanguageClient): Promise<LanguageClient> {
    return new Promise((resolve, reject) => {
      const subscription = client.onDidChangeState((event) => {
        if (event.newState === State.Running) {
          subscription.dispose();
          resolve(client);
        } else if (event.newState === State.Stopped) {
          subscription.dispose();
          reject(new Error("the language server stopped"));
        }
      });
    });
  }
}
