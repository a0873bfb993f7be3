//! Checks on the elderly-friendly mode (适老化) a government portal must
//! offer (国办公开办函〔2021〕28号, GB/T 47797-2026).

pub mod entry_broken;
pub mod no_high_contrast;
pub mod no_read_aloud;
pub mod no_text_zoom;
pub mod popup_ads;
