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
    // The daemon's FUSE queue threads are pinned to one CPU each (fuser::ring): runtime
    // threads they start (spawn_blocking) get the process's CPUs back.
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    builder.enable_all();
    #[cfg(target_os = "linux")]
    builder.on_thread_start(fuser::ring::unpinned_thread_start());
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
