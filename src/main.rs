use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = efsctl::cli::Cli::parse();
    let serving = matches!(&cli.command, efsctl::cli::Command::Emulator(a) if matches!(a.command, efsctl::cli::EmulatorCommand::Serve(_)));
    if !serving {
        efsctl::logging::to_stderr(cli.global.verbose, !cli.global.no_color);
        // Like other Unix tools, stop quietly when the reader of stdout goes away
        // (`efsctl ls | head -1`) instead of panicking on the broken pipe. Sockets are not
        // affected (std writes them with MSG_NOSIGNAL); the daemon keeps Rust's default.
        // SAFETY: restoring the default disposition of a signal has no memory-safety effects.
        unsafe { libc::signal(libc::SIGPIPE, libc::SIG_DFL) };
    }
    // A thread inherits its creator's CPUs, and the daemon's FUSE queue threads are pinned to
    // one CPU each (vendor/fuser/src/ring.rs): runtime threads they start (spawn_blocking) get
    // the process's CPUs back.
    let cpus = allowed_cpus();
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    builder.enable_all().on_thread_start(move || {
        if let Some(set) = cpus {
            // SAFETY: a valid set for this thread; failure leaves the inherited one.
            unsafe { libc::sched_setaffinity(0, size_of::<libc::cpu_set_t>(), &set) };
        }
    });
    let runtime = match builder.build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return std::process::ExitCode::from(1);
        }
    };
    match runtime.block_on(efsctl::commands::run(cli)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            std::process::ExitCode::from(e.exit as u8)
        }
    }
}

/// The CPUs this process may run on, as it started.
fn allowed_cpus() -> Option<libc::cpu_set_t> {
    // SAFETY: a zeroed cpu_set_t is a valid out-parameter of its size.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        (libc::sched_getaffinity(0, size_of::<libc::cpu_set_t>(), &mut set) == 0).then_some(set)
    }
}
