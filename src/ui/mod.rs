//! The browser shell: Leptos components that show what the domain computes.

mod app;
mod chunks;
mod clock;
mod confirm;
mod download;
mod export;
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

/// Mounts the app on the page. Called once by `main`.
pub fn start() {
    // The panic's message in the console (debug builds; the release aborts without a hook).
    // The crash notice comes from index.html, which sees the stopped WebAssembly.
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
