//! What the person sees when the app crashes. A panic in WebAssembly stops the whole app, so
//! instead of a dead page we show a plain message in both languages, built with text nodes only.

use wasm_bindgen::JsCast;

const MESSAGE_ID: &str =
    "Terjadi kesalahan pada aplikasi. Data yang terakhir tersimpan tetap aman di \
    perangkat ini. Muat ulang halaman untuk melanjutkan.";
const MESSAGE_EN: &str = "The app hit an error. The data saved last is still safe on this device. \
    Reload the page to continue.";

/// Logs the panic to the console and shows the crash notice (`#fatal` in index.html).
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_notice();
    }));
}

/// Shows the crash notice; the panic hook calls it, and it is safe to call at any time.
pub fn show_crash_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(notice) = document.get_element_by_id("fatal") else {
        return;
    };
    notice.set_text_content(Some(&format!("{MESSAGE_ID}\n{MESSAGE_EN}")));
    if let Ok(element) = notice.dyn_into::<web_sys::HtmlElement>() {
        element.set_hidden(false);
    }
}
