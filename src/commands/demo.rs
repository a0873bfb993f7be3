//! `govaudit demo`: serve the embedded sample county portal and audit it
//! (`--serve`: only serve it, to look at in a browser).

use super::runtime::{finished, interrupt_on_ctrl_c, runtime};
use crate::cli::DemoArgs;
use crate::config::{self, FileConfig};
use crate::exit_codes::Exit;
use crate::i18n::Lang;

pub fn run(args: DemoArgs, file: FileConfig, lang: Lang, progress: bool) -> anyhow::Result<Exit> {
    let config = config::build(file, &[], &args.common, lang)?;
    if args.serve {
        runtime(lang)?.block_on(crate::demo::serve(&config, args.port))?;
        return Ok(Exit::Done);
    }
    runtime(lang)?.block_on(async {
        let interrupt = interrupt_on_ctrl_c(lang);
        crate::demo::run(config, progress, interrupt.clone()).await?;
        Ok(finished(&interrupt, lang))
    })
}
