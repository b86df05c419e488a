//! The storage faults against the browser's real `localStorage`: full, corrupted, blocked;
//! and the crash notice. Run by scripts/test with wasm-bindgen-test in headless Chromium.
#![cfg(target_arch = "wasm32")]

use skp_mandiri::domain::contoh::contoh_analis_kebijakan;
use skp_mandiri::domain::file::versi_skp;
use skp_mandiri::domain::{export_skp, FileError};
use skp_mandiri::store::{Backend, Library, LocalStorageBackend, StoreError};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-01-05T01:00:00.000Z";

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Fills the store with filler keys until the browser refuses, returns their keys.
fn fill_storage() -> Vec<String> {
    let storage = storage();
    let mut keys = Vec::new();
    let mut chunk = 1 << 20;
    while chunk >= 1 {
        let key = format!("test/filler/{}", keys.len());
        if storage.set_item(&key, &"x".repeat(chunk)).is_ok() {
            keys.push(key);
        } else {
            chunk /= 2;
        }
    }
    keys
}

#[wasm_bindgen_test]
fn a_full_store_refuses_the_save_and_keeps_the_last_saved_version() {
    storage().clear().unwrap();
    let backend =
        LocalStorageBackend::open().expect("localStorage is available in the test browser");
    let (mut library, _) = Library::open(backend, NOW).unwrap();
    let mut skp = contoh_analis_kebijakan();
    library.save(&skp, NOW).unwrap();
    let saved = storage()
        .get_item(&format!("skp-mandiri/skp/{}", skp.id))
        .unwrap();

    let filler = fill_storage();
    skp.instansi = "x".repeat(4096);
    let result = library.save(&skp, "2026-01-05T02:00:00.000Z");
    for key in filler {
        storage().remove_item(&key).unwrap();
    }
    assert_eq!(result, Err(StoreError::Full));
    assert_eq!(
        storage()
            .get_item(&format!("skp-mandiri/skp/{}", skp.id))
            .unwrap(),
        saved
    );
}

#[wasm_bindgen_test]
fn corrupted_or_newer_data_is_quarantined_untouched() {
    storage().clear().unwrap();
    let good = contoh_analis_kebijakan();
    let newer = export_skp(&good, NOW).replacen(
        &format!("\"version\": {}", versi_skp([&good])),
        "\"version\": 7",
        1,
    );
    storage().set_item("skp-mandiri/skp/baru", &newer).unwrap();
    storage()
        .set_item("skp-mandiri/skp/rusak", "{\"format\": ")
        .unwrap();
    let (mut library, found) = Library::open(LocalStorageBackend::open().unwrap(), NOW).unwrap();
    assert!(found.is_empty());
    library.save(&good, NOW).unwrap();

    let aside = library.quarantined().unwrap();
    assert_eq!(aside.len(), 2);
    let kept: Vec<&str> = aside.iter().map(|q| q.text.as_str()).collect();
    assert!(kept.contains(&newer.as_str()));
    assert!(kept.contains(&"{\"format\": "));
    assert!(aside
        .iter()
        .any(|q| matches!(q.error, Some(FileError::TooNew { version: 7, .. }))));
    assert_eq!(storage().get_item("skp-mandiri/skp/rusak").unwrap(), None);
    let (_, found) = Library::open(LocalStorageBackend::open().unwrap(), NOW).unwrap();
    assert_eq!(found, vec![good]);
}

#[wasm_bindgen_test]
fn blocked_storage_is_detected_instead_of_crashing() {
    let restore = js_sys::eval(
        "(() => { const d = Object.getOwnPropertyDescriptor(window, 'localStorage');
                  Object.defineProperty(window, 'localStorage', { configurable: true,
                    get() { throw new DOMException('blocked', 'SecurityError'); } });
                  return () => Object.defineProperty(window, 'localStorage', d); })()",
    )
    .unwrap();
    let opened = LocalStorageBackend::open();
    restore
        .unchecked_into::<js_sys::Function>()
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap();
    assert!(opened.is_none());
    assert!(LocalStorageBackend::open().is_some());
}

#[wasm_bindgen_test]
fn the_backend_maps_only_quota_errors_to_full() {
    storage().clear().unwrap();
    let mut backend = LocalStorageBackend::open().unwrap();
    backend.set("skp-mandiri/x", "1").unwrap();
    assert_eq!(backend.get("skp-mandiri/x").unwrap().as_deref(), Some("1"));
    assert_eq!(
        backend.keys("skp-mandiri/").unwrap(),
        vec!["skp-mandiri/x".to_owned()]
    );
    let filler = fill_storage();
    let result = backend.set("skp-mandiri/y", &"y".repeat(1 << 16));
    for key in filler {
        storage().remove_item(&key).unwrap();
    }
    assert_eq!(result, Err(StoreError::Full));
}

#[wasm_bindgen_test]
fn a_store_too_full_for_the_probe_still_opens_as_the_real_store() {
    storage().clear().unwrap();
    let backend = LocalStorageBackend::open().expect("localStorage is available");
    let (mut library, _) = Library::open(backend, NOW).unwrap();
    let skp = contoh_analis_kebijakan();
    library.save(&skp, NOW).unwrap();

    // Not even the 18 code units of the start-up probe fit any more.
    let filler = fill_storage();
    let opened = LocalStorageBackend::open();
    let found = opened.map(|backend| Library::open(backend, NOW).map(|(_, skps)| skps.len()));
    for key in filler {
        storage().remove_item(&key).unwrap();
    }
    assert_eq!(found, Some(Ok(1)), "a full store is not an unavailable one");
}
