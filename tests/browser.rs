//! In-browser tests of the shell: mounted components, real `localStorage`, real hash changes.
//! Run by scripts/test with wasm-bindgen-test in headless Chromium.
#![cfg(target_arch = "wasm32")]

use gloo_storage::{LocalStorage, Storage};
use skp_mandiri::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits for the browser to deliver queued events (hashchange) and Leptos effects to run.
async fn settle() {
    pause().await;
    leptos::task::tick().await;
}

/// Lets the browser deliver queued events; usable before anything is mounted.
async fn pause() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Mounts the app in a fresh container, starting from `hash` with `lang` remembered (or not).
async fn mount(hash: &str, lang: Option<&str>) -> (web_sys::HtmlElement, impl Drop) {
    LocalStorage::clear();
    if let Some(code) = lang {
        LocalStorage::raw()
            .set_item("skp-mandiri/lang", code)
            .unwrap();
    }
    let window = web_sys::window().unwrap();
    window.location().set_hash(hash).unwrap();
    pause().await;
    let document = window.document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), App);
    settle().await;
    (container, handle)
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn starts_in_indonesian_on_the_start_page() {
    let (root, _app) = mount("", None).await;
    assert_eq!(
        text_of(&root, "h1"),
        "Kelola SKP Anda sendiri, di perangkat Anda sendiri"
    );
    assert_eq!(root.query_selector_all("nav ol a").unwrap().length(), 6);
}

#[wasm_bindgen_test]
async fn the_language_switch_is_remembered_in_local_storage() {
    let (root, _app) = mount("#/penilaian", Some("en")).await;
    assert_eq!(text_of(&root, "h1"), "Performance Assessment");
    let button: web_sys::HtmlElement = root
        .query_selector("button.language-switch")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    settle().await;
    assert_eq!(text_of(&root, "h1"), "Penilaian Kinerja");
    assert_eq!(
        LocalStorage::raw()
            .get_item("skp-mandiri/lang")
            .unwrap()
            .as_deref(),
        Some("id")
    );
    let html_lang = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap()
        .get_attribute("lang");
    assert_eq!(html_lang.as_deref(), Some("id"));
}

#[wasm_bindgen_test]
async fn a_hash_change_shows_the_stage_and_marks_it_current() {
    let (root, _app) = mount("", None).await;
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/pengembangan")
        .unwrap();
    settle().await;
    assert_eq!(text_of(&root, "h1"), "Pengembangan Kompetensi");
    assert_eq!(
        text_of(&root, "nav a[aria-current=page]"),
        "Pengembangan Kompetensi"
    );
}
