//! Checks on policy documents (政策文件) and their interpretations
//! (政策解读), paired once in `crate::model::policy`.

pub mod no_interpretation;
pub mod one_way_link;
