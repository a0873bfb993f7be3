//! `govaudit demo`: serve the embedded sample county portal and audit it
//! (`--serve`: only serve it, to look at in a browser).

use super::runtime::{finished, interrupt_on_ctrl_c, runtime};
use crate::cli::DemoArgs;
use crate::config::{self, FileConfig};
use crate::exit_codes::Exit;

pub fn run(args: DemoArgs, file: FileConfig, progress: bool) -> anyhow::Result<Exit> {
    let config = config::build(file, &[], &args.common)?;
    if args.serve {
        runtime()?.block_on(crate::demo::serve(&config, args.port))?;
        return Ok(Exit::Done);
    }
    runtime()?.block_on(async {
        let interrupt = interrupt_on_ctrl_c();
        crate::demo::run(config, progress, interrupt.clone()).await?;
        Ok(finished(&interrupt))
    })
}
