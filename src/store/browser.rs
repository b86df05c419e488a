//! `localStorage` as a [`Backend`], through gloo-storage. Opening checks that storage can be
//! used at all, since gloo-storage assumes it can and a blocked store would crash the page.

use super::backend::{Backend, StoreError};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

/// The browser's `localStorage`.
#[derive(Debug, Clone, Copy)]
pub struct LocalStorageBackend;

impl LocalStorageBackend {
    /// `None` when storage is blocked or throws on use (private modes, strict settings). A
    /// full store is the real store all the same: it reads, and the library makes room or
    /// says it is full; taking it for unavailable would hide every saved SKP.
    pub fn open() -> Option<LocalStorageBackend> {
        let storage = web_sys::window()?.local_storage().ok()??;
        // Some browsers hand out a store that then throws on every write.
        let probe = "skp-mandiri/probe";
        if let Err(error) = storage.set_item(probe, "1") {
            // The probe needs 18 free code units. A quota error from a store that holds data
            // means it is full; from an empty one (old Safari private windows have a quota of
            // zero) it means nothing can ever be kept.
            let full = fault(error) == StoreError::Full && storage.length().ok()? > 0;
            return full.then_some(LocalStorageBackend);
        }
        storage.remove_item(probe).ok()?;
        Some(LocalStorageBackend)
    }
}

/// A full store throws a `DOMException` named `QuotaExceededError` (older Firefox:
/// `NS_ERROR_DOM_QUOTA_REACHED`); anything else means the store cannot be used.
fn fault(error: JsValue) -> StoreError {
    let name = js_sys::Reflect::get(&error, &JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string());
    match name.as_deref() {
        Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED") => StoreError::Full,
        _ => StoreError::Unavailable,
    }
}

impl Backend for LocalStorageBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        LocalStorage::raw()
            .get_item(key)
            .map_err(|_| StoreError::Unavailable)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        LocalStorage::raw().set_item(key, value).map_err(fault)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        LocalStorage::delete(key);
        Ok(())
    }

    fn keys(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        let storage = LocalStorage::raw();
        let length = storage.length().map_err(|_| StoreError::Unavailable)?;
        Ok((0..length)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(prefix))
            .collect())
    }
}
