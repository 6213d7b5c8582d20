// Finds the upy binary once and remembers it; tells the user, once per
// distinct problem, what is wrong and how to fix it.

import * as vscode from "vscode";
import { type Discovery, discover } from "../binary/discover";
import { describeProblem } from "../binary/messages";
import { formatVersion } from "../binary/version";
import { isExecutableFile, runProcess } from "../process";

export class BinaryResolver {
  private found: string | undefined;
  private shownProblem: string | undefined;

  constructor(
    private readonly extensionPath: string,
    private readonly configuredPath: () => string | undefined,
    private readonly log: vscode.OutputChannel,
  ) {}

  /** Forget the cached binary (upy.path changed, or the user restarts). */
  invalidate(): void {
    this.found = undefined;
    this.shownProblem = undefined;
  }

  async resolve(): Promise<string | Error> {
    if (this.found) return this.found;
    const result: Discovery = await discover({
      platform: process.platform,
      arch: process.arch,
      pathVariable: process.env.PATH ?? process.env.Path,
      extensionPath: this.extensionPath,
      configuredPath: this.configuredPath(),
      isExecutableFile,
      run: runProcess,
    });
    if (result.kind === "found") {
      this.log.appendLine(`Using ${result.file} (upy ${formatVersion(result.version)}, from ${result.source}).`);
      this.found = result.file;
      return result.file;
    }
    const problem = describeProblem(result)!;
    this.log.appendLine(problem.message);
    if (problem.message !== this.shownProblem) {
      this.shownProblem = problem.message;
      void vscode.window.showErrorMessage(problem.message, "Open Settings").then((choice) => {
        if (choice === "Open Settings") void vscode.commands.executeCommand("workbench.action.openSettings", "upy.path");
      });
    }
    return new Error(problem.message);
  }
}
