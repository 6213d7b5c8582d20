//! Running one cell: its code and magics in order, or its `%%` magic.
//! `%%local` and `%%board` run their body through here too, on the other
//! target, so a body may hold magics of its own.

use upy_vm::target::{ErrorInfo, OutputSink, RunOutcome};

use super::{find, ok, plan, usage_error, Context, Plan, Step};

pub fn run_cell(ctx: &mut Context<'_>, cell: &str) -> RunOutcome {
    match plan(cell) {
        Plan::Cell { name, args, body } => match find(&name) {
            // `%%local` / `%%board`: the body is a cell of its own.
            Some(magic) if magic.body_is_cell() => magic.run(ctx, &args, Some(&body)),
            Some(magic) if magic.has_cell_form() => {
                // A cell magic's body is code (`%%time` runs it).
                if let Some(simulator) = ctx.target().simulator() {
                    simulator.begin_run();
                }
                let outcome = magic.run(ctx, &args, Some(&body));
                show_waveform(ctx, &outcome);
                outcome
            }
            Some(magic) => usage_error(magic, &format!("%{name} has no cell form (%%{name})")),
            None => unknown_magic(&name),
        },
        Plan::Steps(steps) => {
            let last = steps.len().saturating_sub(1);
            let mut outcome = ok();
            let mut ran_code = false;
            let mut drew_pins = false;
            for (i, step) in steps.iter().enumerate() {
                outcome = match step {
                    Step::Code(code) => {
                        if !ran_code {
                            if let Some(simulator) = ctx.target().simulator() {
                                simulator.begin_run();
                            }
                            ran_code = true;
                        }
                        let want_result = i == last && !ctx.silent;
                        ctx.run_code(code, want_result)
                    }
                    Step::Line { name, args } => {
                        drew_pins |= name == "scope" || name == "pins";
                        match find(name) {
                            Some(magic) => magic.run(ctx, args, None),
                            None => unknown_magic(name),
                        }
                    }
                };
                if matches!(outcome, RunOutcome::Error(_)) {
                    break;
                }
            }
            if ran_code && !drew_pins {
                show_waveform(ctx, &outcome);
            }
            outcome
        }
    }
}

/// After code that blinked a pin (or was interrupted while blinking), its
/// waveform, unless `%autoscope off`. Other errors keep the focus.
fn show_waveform(ctx: &mut Context<'_>, outcome: &RunOutcome) {
    let interrupted = matches!(outcome, RunOutcome::Error(e) if e.ename == "KeyboardInterrupt");
    if !ctx.settings.autoscope || !(matches!(outcome, RunOutcome::Ok { .. }) || interrupted) {
        return;
    }
    let picture = {
        let Some(simulator) = ctx.targets.current().simulator() else {
            return;
        };
        if simulator.pin_changes_last_run() < 2 {
            return;
        }
        simulator.scope_picture(&[])
    };
    if let Ok(picture) = picture {
        ctx.out.display(picture);
    }
}

fn unknown_magic(name: &str) -> RunOutcome {
    RunOutcome::Error(ErrorInfo::new("UsageError", format!("unknown command %{name} (%help lists them)")))
}
