//! `upy-fuzz`: run a fuzz target for a bounded number of inputs or time
//! with a fixed seed, show the input a seed and number name, or run given
//! files through every target.

use clap::{Parser, Subcommand};
use std::io::{Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use upy_fuzz::mutate::Mutator;
use upy_fuzz::targets::{Ending, Runner, Target};
use upy_fuzz::watchdog::Watchdog;
use upy_fuzz::{corpus, panics};
use upy_vm::target::Interrupt;

#[derive(Parser)]
#[command(name = "upy-fuzz", about = "Fuzz upy's parser, compiler and VM")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct Source {
    /// parse, compile or vm.
    #[arg(long)]
    target: String,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Corpus folders (default: the fuzzer's own and the test suites').
    #[arg(long)]
    corpus: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Run inputs until either bound is reached.
    Run {
        #[command(flatten)]
        source: Source,
        #[arg(long, default_value_t = u64::MAX)]
        inputs: u64,
        #[arg(long, default_value_t = 60.0)]
        seconds: f64,
        /// Interrupt a run after this long (the VM target).
        #[arg(long, default_value_t = 250)]
        time_limit_ms: u64,
        /// A run the interrupt has not stopped after this long is a hang.
        /// Wall time: generous, as a loaded machine stretches a second of
        /// native work (`10**6**9`) many times over.
        #[arg(long, default_value_t = 60)]
        hang_seconds: u64,
        /// Where findings and the input being run are written.
        #[arg(long, default_value = "target/fuzz")]
        out: PathBuf,
    },
    /// Print input number INDEX of a seed (to reproduce a finding).
    Show {
        #[command(flatten)]
        source: Source,
        #[arg(long)]
        index: u64,
    },
    /// Run files through every target, reporting panics.
    Check { files: Vec<PathBuf> },
}

fn main() {
    let cli = Cli::parse();
    panics::install();
    let code = match cli.command {
        Command::Run { source, inputs, seconds, time_limit_ms, hang_seconds, out } => {
            let target = target_named(&source.target);
            let bounds = Bounds {
                inputs,
                time: Duration::from_secs_f64(seconds),
                limit: Duration::from_millis(time_limit_ms),
                hang: Duration::from_secs(hang_seconds),
            };
            on_big_stack(move || run(target, &source, bounds, &out))
        }
        Command::Show { source, index } => {
            let mut m = Mutator::new(source.seed, load(&source));
            let mut data = vec![];
            for _ in 0..=index {
                data = m.next_input();
            }
            std::io::stdout().write_all(&data).ok();
            0
        }
        Command::Check { files } => on_big_stack(move || check(&files)),
    };
    std::process::exit(code);
}

fn target_named(name: &str) -> Target {
    Target::from_name(name).unwrap_or_else(|| {
        eprintln!("upy-fuzz: no target {name:?} (parse, compile, vm)");
        std::process::exit(2)
    })
}

fn load(source: &Source) -> Vec<Vec<u8>> {
    let dirs = if source.corpus.is_empty() { corpus::default_dirs() } else { source.corpus.clone() };
    corpus::load(&dirs)
}

/// The session's own stack size: native code calling back into Python
/// runs deep, and the kernel gives a session this much.
fn on_big_stack(f: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    std::thread::Builder::new()
        .stack_size(upy_vm::SESSION_STACK_SIZE)
        .spawn(f)
        .expect("the fuzzing thread starts")
        .join()
        .unwrap_or(1)
}

#[derive(Clone, Copy)]
struct Bounds {
    inputs: u64,
    time: Duration,
    limit: Duration,
    hang: Duration,
}

#[derive(Default)]
struct Counts {
    inputs: u64,
    clean: u64,
    raised: u64,
    interrupted: u64,
    broken: u64,
    panics: u64,
}

fn run(target: Target, source: &Source, bounds: Bounds, out: &Path) -> i32 {
    let seeds = load(source);
    if seeds.is_empty() {
        eprintln!("upy-fuzz: the corpus is empty");
        return 2;
    }
    std::fs::create_dir_all(out).expect("the output folder can be made");
    // The input being run, so an abort or a hang leaves it behind.
    let current_path = out.join(format!("current-{}.py", target.name()));
    let mut current = std::fs::File::create(&current_path).expect("the output folder is writable");
    let hang_path = current_path.clone();
    let watchdog = Watchdog::start(bounds.limit, bounds.hang, move |took| {
        eprintln!("upy-fuzz: HANG: a run ignored the interrupt for {took:?}; the input is {}", hang_path.display());
        std::process::exit(3);
    });
    let mut mutator = Mutator::new(source.seed, seeds.clone());
    let mut runner = Runner::new(target);
    let mut counts = Counts::default();
    let started = Instant::now();
    let mut last_report = started;
    while counts.inputs < bounds.inputs && started.elapsed() < bounds.time {
        let index = counts.inputs;
        let data = mutator.next_input();
        current.set_len(0).ok();
        current.rewind().ok();
        current.write_all(&data).ok();
        let interrupt = Interrupt::new();
        watchdog.arm(&interrupt);
        let mut ending = runner.run(&data, &interrupt);
        // Only the VM checks the flag; a slow parse on a loaded machine
        // just outlived the limit.
        if watchdog.disarm() && ending == Ending::Raised && target == Target::Vm {
            ending = Ending::Interrupted;
        }
        counts.inputs += 1;
        match ending {
            Ending::Clean => counts.clean += 1,
            Ending::Raised => counts.raised += 1,
            Ending::Interrupted => counts.interrupted += 1,
            Ending::Broken => {
                counts.broken += 1;
                let saved = save(out, target, "broken", source.seed, index, &data);
                eprintln!("upy-fuzz: BROKEN session after input {index}: {}", saved.display());
            }
        }
        if let Some(message) = panics::take() {
            counts.panics += 1;
            let saved = save(out, target, "panic", source.seed, index, &data);
            eprintln!("upy-fuzz: PANIC on input {index} ({}): {message}", saved.display());
        }
        if last_report.elapsed() > Duration::from_secs(30) {
            last_report = Instant::now();
            eprintln!("upy-fuzz: {}: {} inputs, {} panics", target.name(), counts.inputs, counts.panics);
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{}: {} inputs in {:.1} s ({:.0}/s), seed {}, {} seeds: {} clean, {} raised, {} interrupted; \
         {} panics, {} broken sessions, 0 aborts, 0 hangs",
        target.name(),
        counts.inputs,
        secs,
        counts.inputs as f64 / secs.max(1e-9),
        source.seed,
        seeds.len(),
        counts.clean,
        counts.raised,
        counts.interrupted,
        counts.panics,
        counts.broken
    );
    i32::from(counts.panics + counts.broken > 0)
}

fn save(out: &Path, target: Target, what: &str, seed: u64, index: u64, data: &[u8]) -> PathBuf {
    let path = out.join(format!("{what}-{}-seed{seed}-{index}.py", target.name()));
    std::fs::write(&path, data).ok();
    path
}

fn check(files: &[PathBuf]) -> i32 {
    let watchdog = Watchdog::start(Duration::from_secs(2), Duration::from_secs(60), |took| {
        eprintln!("upy-fuzz: HANG: a run ignored the interrupt for {took:?}");
        std::process::exit(3);
    });
    let mut failed = 0;
    for f in files {
        let Ok(data) = std::fs::read(f) else {
            eprintln!("upy-fuzz: cannot read {}", f.display());
            failed += 1;
            continue;
        };
        for target in Target::ALL {
            let interrupt = Interrupt::new();
            watchdog.arm(&interrupt);
            let ending = Runner::new(target).run(&data, &interrupt);
            watchdog.disarm();
            let panic = panics::take();
            let verdict = match (&panic, ending) {
                (Some(p), _) => format!("PANIC {p}"),
                (None, Ending::Broken) => "BROKEN".to_string(),
                (None, e) => format!("{e:?}"),
            };
            if panic.is_some() || ending == Ending::Broken {
                failed += 1;
            }
            println!("{} {}: {verdict}", f.display(), target.name());
        }
    }
    i32::from(failed > 0)
}
