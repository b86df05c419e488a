//! Where the library's text lives: a small key-value interface with the two faults browser
//! storage really has (full, unavailable), so the library logic is tested natively against
//! memory and runs in the browser against `localStorage`.

use std::collections::BTreeMap;

/// A fault of the storage itself, not of the data in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreError {
    /// The browser refused the write: its quota is used up (`QuotaExceededError`).
    Full,
    /// Storage cannot be used at all (blocked by settings, or a private window).
    Unavailable,
}

/// A string key-value store.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key that starts with `prefix`, in any order.
    fn keys(&self, prefix: &str) -> Result<Vec<String>, StoreError>;
}

impl Backend for Box<dyn Backend> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
    fn keys(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        (**self).keys(prefix)
    }
}

/// Storage in memory: the tests' backend, and the app's when the browser's is unavailable.
/// `quota` (in bytes of keys + values) lets tests play a full disk.
#[derive(Debug, Default, Clone)]
pub struct MemoryBackend {
    entries: BTreeMap<String, String>,
    pub quota: Option<usize>,
}

impl MemoryBackend {
    fn used_without(&self, key: &str) -> usize {
        self.entries
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota {
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(StoreError::Full);
            }
        }
        self.entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.entries.remove(key);
        Ok(())
    }

    fn keys(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        Ok(self
            .entries
            .keys()
            .filter(|k| k.starts_with(prefix))
            .cloned()
            .collect())
    }
}
