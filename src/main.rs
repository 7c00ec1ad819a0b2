use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = efsctl::cli::Cli::parse();
    let serving = matches!(&cli.command, efsctl::cli::Command::Emulator(a) if matches!(a.command, efsctl::cli::EmulatorCommand::Serve(_)));
    if !serving {
        efsctl::logging::to_stderr(cli.global.verbose);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
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
