use upy_device::fs::BoardFs;
use upy_device::mip::fetch::Http;
use upy_device::mip::{install, sha256_hex, MipBoard, Note, Options, DEFAULT_INDEX};
use upy_vm::target::{ErrorInfo, RunOutcome};

use super::files::Files;
use super::progress::TransferProgress;
use super::{ok, usage_error, words, Context, Magic};
use crate::notebook_target::Simulator;

pub struct Mip;

impl Magic for Mip {
    fn name(&self) -> &'static str {
        "mip"
    }
    fn summary(&self) -> &'static str {
        "install packages (micropython-lib, github:, URLs) onto the board"
    }
    fn usage(&self) -> &'static str {
        "%mip install PACKAGE... [--target DIR] [--index URL] [--no-mpy]\n\nInstall packages onto the board cells run on (the connected board, or the\nsimulated board's flash), as MicroPython's mip does: NAME[@VERSION] from the\npackage index (default https://micropython.org/pi/v2), github:ORG/REPO[/PATH]\n[@BRANCH] (gitlab: and codeberg: too), or an http(s) URL of a .py file or a\npackage.json. Files go below --target (default: the board's lib folder on\nsys.path); compiled .mpy files when the board runs the index's .mpy version,\nelse sources (--no-mpy: always sources; the simulated board runs sources)."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        let (packages, options) = match parse(&words(args)) {
            Ok(parsed) => parsed,
            Err(message) => return usage_error(self, &message),
        };
        let (files, out) = ctx.files_and_output(self.name());
        let mut files = match files {
            Ok(files) => files,
            Err(error) => return RunOutcome::Error(error),
        };
        let fetch = Http::default();
        for package in &packages {
            let mut lines = Vec::new();
            let mut label = String::new();
            let result = {
                let mut progress: Option<TransferProgress> = None;
                let mut notes = |note: Note| match note {
                    Note::Package { what, target } => lines.push(format!("Installing {what} to {target}\n")),
                    Note::Exists { path } => lines.push(format!("Exists: {path}\n")),
                    Note::Installing { path, bytes } => {
                        lines.push(format!("Installing: {path} ({bytes} bytes)\n"));
                        label = path;
                        progress = None;
                    }
                    Note::Progress { done, total } => {
                        if progress.is_none() {
                            // The lines so far first, so they read in order.
                            for line in lines.drain(..) {
                                out.print(&line);
                            }
                        }
                        progress
                            .get_or_insert_with(|| TransferProgress::new(format!("put {label}")))
                            .update(out, done, total);
                    }
                };
                match &mut files {
                    Files::Board(conn) => install(&mut BoardFs::new(conn), &fetch, package, &options, &mut notes),
                    Files::Simulated(simulator) => {
                        install(&mut SimulatedFlash(&mut **simulator), &fetch, package, &options, &mut notes)
                    }
                }
            };
            for line in lines {
                out.print(&line);
            }
            if let Err(message) = result {
                return RunOutcome::Error(ErrorInfo::new(
                    "OSError",
                    format!("mip: {message} (the package may be partly installed)"),
                ));
            }
        }
        out.print("Done\n");
        ok()
    }
}

/// `install PACKAGE... [--target DIR] [--index URL] [--no-mpy]`.
fn parse(words: &[String]) -> Result<(Vec<String>, Options), String> {
    let Some((command, rest)) = words.split_first() else { return Err("expected install PACKAGE...".into()) };
    if command != "install" {
        return Err(format!("unknown mip command {command} (install)"));
    }
    let mut options = Options { index: DEFAULT_INDEX.to_string(), target: None, mpy: true };
    let mut packages = Vec::new();
    let mut rest = rest.iter();
    while let Some(word) = rest.next() {
        match word.as_str() {
            "--target" => options.target = Some(rest.next().ok_or("--target needs a folder")?.clone()),
            "--index" => options.index = rest.next().ok_or("--index needs a URL")?.clone(),
            "--no-mpy" => options.mpy = false,
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            package => packages.push(package.to_string()),
        }
    }
    if packages.is_empty() {
        return Err("name at least one package".into());
    }
    Ok((packages, options))
}

/// The simulated board's flash as mip sees it: it runs sources only.
struct SimulatedFlash<'a>(&'a mut dyn Simulator);

impl MipBoard for SimulatedFlash<'_> {
    fn mpy_version(&mut self) -> Result<Option<u32>, String> {
        Ok(None)
    }

    fn lib_dir(&mut self) -> Result<Option<String>, String> {
        Ok(Some("/lib".to_string()))
    }

    fn file_sha256(&mut self, path: &str) -> Result<Option<String>, String> {
        Ok(self.0.fs_read(path).ok().map(|data| sha256_hex(&data)))
    }

    fn write_file(&mut self, path: &str, data: &[u8], progress: &mut dyn FnMut(u64, u64)) -> Result<(), String> {
        self.0.fs_write(path, data)?;
        progress(data.len() as u64, data.len() as u64);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments() {
        let (packages, options) = parse(&words("install aioble umqtt.simple@1.3 --target /apps --no-mpy")).unwrap();
        assert_eq!(packages, ["aioble", "umqtt.simple@1.3"]);
        assert_eq!(options.target.as_deref(), Some("/apps"));
        assert!(!options.mpy);
        assert_eq!(options.index, DEFAULT_INDEX);
        assert!(parse(&words("install")).is_err());
        assert!(parse(&words("remove x")).is_err());
        assert!(parse(&words("install x --index")).is_err());
    }
}
