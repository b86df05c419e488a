//! Snapshots of an SKP: earlier stored versions kept so that any destructive change, and any
//! change from another tab, can be undone.

use chrono::DateTime;
use serde::{Deserialize, Serialize};

/// At least this many snapshots are kept per SKP while storage has room.
pub const MAX_SNAPSHOTS: usize = 25;
/// While a person keeps working, the stored version is also kept this often.
pub const AUTOSNAPSHOT_MINUTES: i64 = 10;

/// Why a version was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SnapshotReason {
    /// Kept while working, every few minutes.
    Autosave,
    /// Another tab saved this version and this tab then saved over it.
    OtherTab,
    /// Kept before an item (RHK, IKI, period, ...) was deleted.
    BeforeDelete,
    /// Kept before an import replaced it.
    ReplacedByImport,
    /// Kept before an older version was restored over it.
    BeforeRestore,
    /// The last version of a deleted SKP.
    Deleted,
}

/// One earlier version, as the stored envelope text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// When it was kept (RFC 3339).
    pub at: String,
    pub reason: SnapshotReason,
    pub text: String,
}

/// The snapshots of one SKP, oldest first as stored.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct History(Vec<Snapshot>);

impl History {
    /// Reads a stored history; damaged or missing history reads as empty (it is a safety net,
    /// never the only copy of the work).
    pub fn parse(text: Option<&str>) -> History {
        History(
            text.and_then(|text| serde_json::from_str(text).ok())
                .unwrap_or_default(),
        )
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_default()
    }

    /// Adds a snapshot, dropping the oldest beyond [`MAX_SNAPSHOTS`].
    pub fn push(&mut self, snapshot: Snapshot) {
        self.0.push(snapshot);
        let excess = self.0.len().saturating_sub(MAX_SNAPSHOTS);
        self.0.drain(..excess);
    }

    /// Newest first.
    pub fn newest_first(&self) -> impl Iterator<Item = &Snapshot> {
        self.0.iter().rev()
    }

    pub fn latest(&self) -> Option<&Snapshot> {
        self.0.last()
    }

    pub fn oldest_at(&self) -> Option<&str> {
        self.0.first().map(|s| s.at.as_str())
    }

    pub fn drop_oldest(&mut self) {
        if !self.0.is_empty() {
            self.0.remove(0);
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// True when no snapshot was kept in the last [`AUTOSNAPSHOT_MINUTES`] before `now`.
    pub fn due_for_autosnapshot(&self, now: &str) -> bool {
        let Some(latest) = self.latest() else {
            return true;
        };
        match (
            DateTime::parse_from_rfc3339(&latest.at),
            DateTime::parse_from_rfc3339(now),
        ) {
            (Ok(then), Ok(now)) => (now - then).num_minutes() >= AUTOSNAPSHOT_MINUTES,
            _ => true,
        }
    }
}
