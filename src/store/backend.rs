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

/// How much room a text takes in browser storage: its length in UTF-16 code units, as
/// browsers count the quota (Chromium: about 5 million code units of keys plus values per
/// origin). Most SKP text is ASCII, where this equals the byte length.
pub fn stored_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// Storage in memory: the tests' backend, and the app's when the browser's is unavailable.
/// `quota` lets tests play a full disk; it counts like a browser does, in UTF-16 code units
/// of keys plus values ([`stored_len`]).
#[derive(Debug, Default, Clone)]
pub struct MemoryBackend {
    entries: BTreeMap<String, String>,
    /// Code units of every key and value held now.
    used: usize,
    pub quota: Option<usize>,
}

impl MemoryBackend {
    /// Code units of keys plus values held now, as the quota counts them.
    pub fn used(&self) -> usize {
        self.used
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let before = self
            .entries
            .get(key)
            .map_or(0, |old| stored_len(key) + stored_len(old));
        let after = self.used - before + stored_len(key) + stored_len(value);
        if self.quota.is_some_and(|quota| after > quota) {
            return Err(StoreError::Full);
        }
        self.entries.insert(key.to_owned(), value.to_owned());
        self.used = after;
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        if let Some(old) = self.entries.remove(key) {
            self.used -= stored_len(key) + stored_len(&old);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_memory_quota_counts_utf16_code_units_of_keys_and_values_like_a_browser() {
        // "é" is 2 bytes in UTF-8 but 1 code unit; "😀" is 4 bytes but 2 code units.
        let mut memory = MemoryBackend {
            quota: Some(6),
            ..MemoryBackend::default()
        };
        memory.set("k", "é😀").unwrap();
        assert_eq!(memory.used(), 4);
        memory.set("l", "é").unwrap();
        assert_eq!(
            memory.used(),
            6,
            "full to the unit: 7 bytes would not have fitted"
        );
        assert_eq!(memory.set("m", ""), Err(StoreError::Full));
        // Replacing a value counts only the new one.
        memory.set("k", "abc").unwrap();
        assert_eq!(memory.used(), 6);
        memory.remove("k").unwrap();
        assert_eq!(memory.used(), 2);
        memory.remove("k").unwrap();
        assert_eq!(memory.used(), 2);
    }
}
