//! The browser shell: Leptos components that show what the domain computes.

mod app;
mod fatal;
mod language;
mod location;
mod pages;

pub use app::App;

/// Mounts the app on the page. Called once by `main`.
pub fn start() {
    fatal::install_panic_hook();
    leptos::mount::mount_to_body(App);
}
