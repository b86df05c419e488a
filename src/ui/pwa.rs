//! The installed app: an install button when the browser offers installing, and a line when a
//! new version has arrived, which loads it on the person's word after saving their work. The
//! page's loader script (index.html) keeps what the browser hands over in
//! `window.__skpInstall` / `window.__skpUpdate` and announces it with `skp-install` /
//! `skp-update`, which may come before this app has started.

use crate::ui::language::Language;
use crate::ui::workspace::{SaveStatus, Workspace};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `window[name]`, when the loader script has set it.
fn dari_jendela(name: &str) -> Option<wasm_bindgen::JsValue> {
    let value = js_sys::Reflect::get(&window(), &name.into()).ok()?;
    (!value.is_undefined() && !value.is_null()).then_some(value)
}

/// Calls `object.method()`; whether it could be called.
fn panggil(object: &wasm_bindgen::JsValue, method: &str) -> bool {
    js_sys::Reflect::get(object, &method.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .is_some_and(|f| f.call0(object).is_ok())
}

/// A signal that turns true once `window[name]` is set (now, or when `event` comes).
fn tersedia(name: &'static str, event: &'static str) -> RwSignal<bool> {
    let ada = RwSignal::new(dari_jendela(name).is_some());
    let handle = window_event_listener_untyped(event, move |_| ada.set(true));
    on_cleanup(move || handle.remove());
    ada
}

#[component]
pub fn InstallButton() -> impl IntoView {
    let lang = Language::current();
    let ada = tersedia("__skpInstall", "skp-install");
    let installed = window_event_listener_untyped("appinstalled", move |_| ada.set(false));
    on_cleanup(move || installed.remove());
    let pasang = move |_| {
        if let Some(prompt) = dari_jendela("__skpInstall") {
            // The browser's own question follows; the offer is used once.
            panggil(&prompt, "prompt");
            let _ = js_sys::Reflect::delete_property(&window(), &"__skpInstall".into());
            ada.set(false);
        }
    };
    view! {
        <Show when=move || ada.get()>
            <button type="button" class="install" on:click=pasang>
                {move || lang.get().pick("Pasang aplikasi", "Install the app")}
            </button>
        </Show>
    }
}

#[component]
pub fn UpdateLine() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let ada = tersedia("__skpUpdate", "skp-update");
    // Work that could not be saved: the new version waits until it is exported.
    let tertahan = RwSignal::new(false);
    let muat = move |_| {
        // Whatever is typed is saved before the page is replaced by the new version; work
        // that lives only in this page (storage blocked or full) keeps the old version open.
        ws.flush();
        let tersimpan = !ws.has_unsaved()
            && !matches!(ws.status(), SaveStatus::MemoryOnly | SaveStatus::Failed(_));
        tertahan.set(!tersimpan);
        if !tersimpan {
            return;
        }
        if let Some(update) = dari_jendela("__skpUpdate") {
            if let Ok(f) = update.dyn_into::<js_sys::Function>() {
                let _ = f.call0(&wasm_bindgen::JsValue::NULL);
            }
        }
    };
    view! {
        <Show when=move || ada.get()>
            <p class="notice-line update-line" role="status">
                {move || lang.get().pick(
                    "Versi baru SKP Mandiri sudah tersedia di perangkat ini.",
                    "A new version of SKP Mandiri is ready on this device.",
                )}
                " "
                <button type="button" on:click=muat>
                    {move || lang.get().pick("Simpan dan muat versi baru", "Save and load the new version")}
                </button>
                {move || tertahan.get().then(|| view! {
                    <strong>" " {move || lang.get().pick(
                        "Belum dimuat: ada pekerjaan yang belum tersimpan di perangkat ini. Ekspor SKP Anda ke berkas dulu.",
                        "Not loaded: some work is not kept on this device. Export your SKP to a file first.",
                    )}</strong>
                })}
            </p>
        </Show>
    }
}
