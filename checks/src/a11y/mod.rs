//! Accessibility (无障碍) checks decided from static HTML, one rule per file.
//!
//! Rule ids are axe-core's (`a11y.image-alt` is axe's `image-alt`) and each
//! rule decides the way axe-core does, so that a report can be compared with
//! axe-core's directly; `bench/axe/` measures the agreement. The axe-core
//! they follow is the one pinned in `bench/axe/package-lock.json` (4.14.1);
//! rule docs name an older version only where they say how it differed. Rules run as
//! page checks over the shared walk in `crate::facts::a11y::dom`. What only a browser knows
//! (media queries and layout, colours, scripts) is out of reach here; the page's own
//! stylesheets' `display`/`visibility` are read (`crate::facts::css`).
//!
//! GB/T 37668-2019 follows WCAG 2.0/2.1; each rule's docs name the WCAG
//! success criterion and the GB/T 37668 principle (可感知性, 可操作性,
//! 可理解性, 兼容性) it serves.
//!
//! What several groups read alike lives once in `crate::facts::a11y`: `js`
//! (JavaScript's string and number rules), `standards` (axe's ARIA
//! tables), `roles` (explicit, implicit and resolved roles), `focus`
//! (focusability and tab order) and `accname` (accessible names).

pub mod aria;
pub mod assist_entry;
pub mod document;
pub mod forms;
pub mod images;
pub mod landmarks;
pub mod names;
pub mod rendered;
pub mod structure;
pub mod tables;
