//! The browser shell: Leptos components that show what the domain computes.

mod app;
mod chunks;
mod clock;
mod confirm;
mod download;
mod export;
mod fatal;
mod focus;
mod form;
mod import;
mod language;
mod location;
mod open_skp;
mod pages;
mod practice;
mod progressive;
mod pwa;
mod room;
mod status;
pub mod workspace;

pub use app::App;
pub use fatal::show_crash_notice;

/// Mounts the app on the page. Called once by `main`.
pub fn start() {
    fatal::install_panic_hook();
    leptos::mount::mount_to_body(App);
}
