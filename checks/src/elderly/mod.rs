//! Checks on the elderly-friendly mode (适老化) a government portal must
//! offer (国办公开办函〔2021〕28号, GB/T 47797-2026).

pub mod entry_broken;
