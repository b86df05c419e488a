//! Entry point of the web app. Trunk builds this binary for wasm32; on the host it only
//! explains how to run the app, since the app lives in the browser.

#[cfg(target_arch = "wasm32")]
fn main() {
    skp_mandiri::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("SKP Mandiri runs in the browser: start it with `scripts/serve` (see README.md).");
}
