//! Keeping the person's work: the library of SKPs in browser storage, with history,
//! quarantine of unreadable data, and detection of other tabs. The logic runs against the
//! [`Backend`] trait, so it is tested natively with [`MemoryBackend`].

mod backend;
#[cfg(target_arch = "wasm32")]
mod browser;
mod describe;
mod history;
#[cfg(target_arch = "wasm32")]
pub mod kelas;
mod keys;
mod library;
mod paket;
mod quarantine;
mod reminder;
mod room;
mod snapshots;

pub use backend::{stored_len, Backend, MemoryBackend, StoreError};
#[cfg(target_arch = "wasm32")]
pub use browser::LocalStorageBackend;
pub use describe::{backup_file_name, file_name, Outline};
pub use history::{DamagedHistory, Entry, History, Snapshot, SnapshotReason, MAX_SNAPSHOTS};
pub use keys::{LANGUAGE as LANGUAGE_KEY, SKP as SKP_KEY_PREFIX};
pub use library::{Library, OpenProblem, Saved};
pub use quarantine::Quarantined;
pub use reminder::{export_reminder_due, EXPORT_REMINDER_DAYS};
pub use room::{HISTORY_BUDGET, STORE_SIZE};
pub use snapshots::Usage;
