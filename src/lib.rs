//! SKP Mandiri: a local-first planner and self-assessment tool for the SKP of Indonesian
//! civil servants (PP 30/2019, PermenPANRB 6/2022).
//!
//! `domain` holds every rule and the file format; `i18n` and `route` hold the words and the
//! pages of the shell. None of them touch the browser, so `cargo test` checks them natively.
//! `ui` is the Leptos shell that shows what they compute; it is only built for the browser.

pub mod domain;
pub mod i18n;
pub mod route;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod ui;
