//! Snapshots of an SKP: earlier stored versions kept so that any destructive change, and any
//! change from another tab, can be undone.
//!
//! A history is stored as a JSON array, oldest first, of `{at, reason, text}`. An entry this
//! version cannot read (a reason or a shape a newer version of the app wrote) is kept exactly
//! as it was parsed and written back with the others: one tab never erases what a newer tab
//! kept. A history that is not a JSON array at all is damaged: [`History::parse`] refuses it,
//! and the library sets it aside instead of writing over it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;
use std::cell::OnceCell;

/// At most this many snapshots are kept per SKP (fewer when they do not fit the history's
/// budget, see the `room` module).
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

impl SnapshotReason {
    /// Kept as a routine while working, not because something was about to be lost: the first
    /// to give way when history needs room.
    pub fn is_routine(self) -> bool {
        self == SnapshotReason::Autosave
    }
}

/// One earlier version, as the stored envelope text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// When it was kept (RFC 3339).
    pub at: String,
    pub reason: SnapshotReason,
    pub text: String,
}

/// One stored entry with its JSON text as stored. The text is written back as it is: keeping
/// a history of large SKPs then costs no new escaping of the texts it already holds, only of
/// the snapshot being added.
#[derive(Debug, Clone)]
struct Stored {
    kind: Kind,
    raw: String,
    /// What `raw` takes in storage, in UTF-16 code units.
    units: usize,
}

/// Two entries are the same when their stored texts are.
impl PartialEq for Stored {
    fn eq(&self, other: &Stored) -> bool {
        self.raw == other.raw
    }
}

/// A snapshot this version reads, or an entry from a newer version kept as it is.
#[derive(Debug, Clone)]
enum Kind {
    /// Its time and reason are read with the history; its text (a whole SKP, often hundreds of
    /// KB) only when it is asked for: adding a snapshot before a deletion reads the history
    /// but needs none of the texts.
    Known {
        at: String,
        reason: SnapshotReason,
        full: OnceCell<Snapshot>,
    },
    Newer(Value),
}

/// A snapshot with exactly the three known fields: one with fields a newer version added is
/// not taken as known, so that it keeps them when written back. The text is checked to be a
/// JSON string but not unescaped.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Exact<'a> {
    at: String,
    reason: SnapshotReason,
    #[serde(borrow)]
    text: &'a RawValue,
}

impl Stored {
    fn new(kind: Kind, raw: String) -> Stored {
        let units = raw.encode_utf16().count();
        Stored { kind, raw, units }
    }

    fn read(raw: &RawValue) -> Stored {
        let raw = raw.get();
        let kind = match serde_json::from_str::<Exact>(raw) {
            Ok(Exact { at, reason, text }) if text.get().starts_with('"') => Kind::Known {
                at,
                reason,
                full: OnceCell::new(),
            },
            _ => Kind::Newer(serde_json::from_str(raw).unwrap_or(Value::Null)),
        };
        Stored::new(kind, raw.to_owned())
    }

    fn at(&self) -> Option<&str> {
        match &self.kind {
            Kind::Known { at, .. } => Some(at),
            Kind::Newer(value) => value.get("at").and_then(Value::as_str),
        }
    }

    fn is_routine(&self) -> bool {
        matches!(&self.kind, Kind::Known { reason, .. } if reason.is_routine())
    }

    /// The snapshot, its text decoded on first use (the stored text was checked when read).
    fn snapshot(&self) -> Option<&Snapshot> {
        let Kind::Known { at, reason, full } = &self.kind else {
            return None;
        };
        Some(full.get_or_init(|| {
            serde_json::from_str(&self.raw).unwrap_or_else(|_| Snapshot {
                at: at.clone(),
                reason: *reason,
                text: String::new(),
            })
        }))
    }

    fn entry(&self) -> Entry<'_> {
        if let Some(snapshot) = self.snapshot() {
            return Entry::Snapshot(snapshot);
        }
        let value = match &self.kind {
            Kind::Newer(value) => Some(value),
            Kind::Known { .. } => None,
        };
        let field = |name| value.and_then(|v| v.get(name)).and_then(Value::as_str);
        Entry::Newer {
            at: field("at"),
            reason: field("reason"),
            text: field("text"),
        }
    }
}

/// One entry of a history as a list shows it, so that a list titled with
/// [`History::len`] entries shows that many rows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Entry<'a> {
    /// A snapshot this version reads. Its text may still be unreadable (say, a newer file
    /// format): [`crate::store::Library::read_snapshot`] tells.
    Snapshot(&'a Snapshot),
    /// An entry a newer version of the app wrote, with a reason or a form this version does
    /// not know. It is kept untouched. Its time, reason and text, where it has them as text;
    /// the text, if any, may be read with [`crate::store::Library::read_text`].
    Newer {
        at: Option<&'a str>,
        reason: Option<&'a str>,
        text: Option<&'a str>,
    },
}

/// A stored history that is not a JSON array of entries: damaged (e.g. cut short), or written
/// in a form this version cannot read at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DamagedHistory;

/// The snapshots of one SKP, oldest first as stored.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct History(Vec<Stored>);

impl History {
    /// Reads a stored history. Entries from a newer version are kept as they are; only text
    /// that is not a JSON array is refused.
    pub fn parse(text: &str) -> Result<History, DamagedHistory> {
        let entries: Vec<&RawValue> = serde_json::from_str(text).map_err(|_| DamagedHistory)?;
        Ok(History(entries.into_iter().map(Stored::read).collect()))
    }

    /// The stored form: a JSON array of the entries' texts.
    pub fn to_text(&self) -> String {
        let mut text =
            String::with_capacity(self.0.iter().map(|s| s.raw.len() + 1).sum::<usize>() + 2);
        text.push('[');
        for (i, stored) in self.0.iter().enumerate() {
            if i > 0 {
                text.push(',');
            }
            text.push_str(&stored.raw);
        }
        text.push(']');
        text
    }

    /// Whether `text` is exactly what [`Self::to_text`] writes, without writing it: a history
    /// parsed once is taken again only while the stored text is the same.
    pub fn is_text(&self, text: &str) -> bool {
        let Some(mut rest) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) else {
            return false;
        };
        for (i, stored) in self.0.iter().enumerate() {
            if i > 0 {
                let Some(after) = rest.strip_prefix(',') else {
                    return false;
                };
                rest = after;
            }
            let Some(after) = rest.strip_prefix(stored.raw.as_str()) else {
                return false;
            };
            rest = after;
        }
        rest.is_empty()
    }

    /// What [`Self::to_text`] takes in storage, in UTF-16 code units, without writing it.
    pub fn stored_units(&self) -> usize {
        2 + self.0.iter().map(|s| s.units).sum::<usize>() + self.0.len().saturating_sub(1)
    }

    /// Adds a snapshot. Beyond [`MAX_SNAPSHOTS`] the oldest routine snapshot gives way, or the
    /// oldest of all when every one was kept before a destructive action.
    pub fn push(&mut self, snapshot: Snapshot) {
        let raw = serde_json::to_string(&snapshot).unwrap_or_default();
        let kind = Kind::Known {
            at: snapshot.at.clone(),
            reason: snapshot.reason,
            full: OnceCell::from(snapshot),
        };
        self.0.push(Stored::new(kind, raw));
        while self.0.len() > MAX_SNAPSHOTS {
            let newest = self.0.len() - 1;
            let routine = (0..newest).find(|&i| self.0[i].is_routine());
            self.0.remove(routine.unwrap_or(0));
        }
    }

    /// The snapshots this version reads, newest first.
    pub fn newest_first(&self) -> impl Iterator<Item = &Snapshot> {
        self.0.iter().rev().filter_map(Stored::snapshot)
    }

    /// Every entry, newest first, including those only a newer version reads.
    pub fn entries_newest_first(&self) -> impl Iterator<Item = Entry<'_>> {
        self.0.iter().rev().map(Stored::entry)
    }

    /// The newest snapshot this version reads.
    pub fn latest(&self) -> Option<&Snapshot> {
        self.newest_first().next()
    }

    /// When the newest entry was kept, if it says.
    pub fn latest_at(&self) -> Option<&str> {
        self.0.last().and_then(Stored::at)
    }

    /// How many entries are kept, readable here or not.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// True when no snapshot was kept in the last [`AUTOSNAPSHOT_MINUTES`] before `now`.
    pub fn due_for_autosnapshot(&self, now: &str) -> bool {
        autosnapshot_due(self.latest_at(), now)
    }

    /// For the room module: whether entry `i` is routine, and when it was kept (`None`
    /// when it does not say, which counts as oldest).
    pub(super) fn describe(&self, i: usize) -> (bool, Option<DateTime<Utc>>) {
        let stored = &self.0[i];
        let at = stored
            .at()
            .and_then(|at| DateTime::parse_from_rfc3339(at).ok())
            .map(|at| at.with_timezone(&Utc));
        (stored.is_routine(), at)
    }

    pub(super) fn remove(&mut self, i: usize) {
        self.0.remove(i);
    }
}

/// True when the newest snapshot, kept at `latest` (if any), is [`AUTOSNAPSHOT_MINUTES`] or
/// more before `now`. Unreadable times count as due: one snapshot too many rather than none.
pub fn autosnapshot_due(latest: Option<&str>, now: &str) -> bool {
    let Some(latest) = latest else {
        return true;
    };
    match (
        DateTime::parse_from_rfc3339(latest),
        DateTime::parse_from_rfc3339(now),
    ) {
        (Ok(then), Ok(now)) => (now - then).num_minutes() >= AUTOSNAPSHOT_MINUTES,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot(at: &str, reason: SnapshotReason) -> Snapshot {
        Snapshot {
            at: at.into(),
            reason,
            text: format!("versi {at}"),
        }
    }

    #[test]
    fn entries_from_a_newer_version_are_kept_and_written_back_as_they_were() {
        let stored = r#"[{"at":"2026-01-05T08:00:00Z","reason":"autosave","text":"a"},
            {"at":"2026-01-05T09:00:00Z","reason":"sebelum_ttd","text":"b"},
            {"at":"2026-01-05T10:00:00Z","reason":"deleted","text":"c","signed":true}]"#;
        let mut history = History::parse(stored).unwrap();
        assert_eq!(history.len(), 3);
        assert_eq!(history.newest_first().count(), 1);
        assert_eq!(
            history.entries_newest_first().nth(1),
            Some(Entry::Newer {
                at: Some("2026-01-05T09:00:00Z"),
                reason: Some("sebelum_ttd"),
                text: Some("b"),
            })
        );
        assert_eq!(history.latest_at(), Some("2026-01-05T10:00:00Z"));
        history.push(snapshot(
            "2026-01-05T11:00:00Z",
            SnapshotReason::BeforeDelete,
        ));
        let written = history.to_text();
        assert!(written.contains(r#""reason":"sebelum_ttd""#), "{written}");
        assert!(written.contains(r#""signed":true"#), "{written}");
        assert_eq!(History::parse(&written).unwrap().len(), 4);
    }

    #[test]
    fn entries_are_written_back_as_stored_and_measured_without_writing() {
        let stored = r#"[{"at":"2026-01-05T08:00:00Z","reason":"autosave","text":"{\"a\":\"é\\n\"}"},{"x":[1,2]}]"#;
        let mut history = History::parse(stored).unwrap();
        assert_eq!(history.to_text(), stored);
        assert_eq!(history.latest().unwrap().text, "{\"a\":\"é\\n\"}");
        history.push(snapshot(
            "2026-01-05T09:00:00Z",
            SnapshotReason::BeforeDelete,
        ));
        let written = history.to_text();
        assert_eq!(history.stored_units(), written.encode_utf16().count());
        assert_eq!(History::parse(&written).unwrap(), history);
        assert_eq!(History::default().stored_units(), "[]".len());
    }

    #[test]
    fn a_history_knows_its_own_text_and_no_other() {
        let mut history = History::default();
        assert!(history.is_text("[]"));
        history.push(snapshot("2026-01-05T08:00:00Z", SnapshotReason::Autosave));
        history.push(snapshot(
            "2026-01-05T09:00:00Z",
            SnapshotReason::BeforeDelete,
        ));
        let text = history.to_text();
        assert!(history.is_text(&text));
        assert!(
            !history.is_text(&text.replace("09:00", "09:01")),
            "another tab's change"
        );
        assert!(!history.is_text(&text[..text.len() - 1]));
        assert!(!history.is_text(&format!("{},{{}}]", &text[..text.len() - 1])));
        assert!(!History::default().is_text(&text));
    }

    #[test]
    fn only_text_that_is_not_a_list_is_damaged() {
        assert_eq!(
            History::parse(r#"[{"at":"2026"#),
            Err(DamagedHistory),
            "cut short"
        );
        assert_eq!(History::parse("{}"), Err(DamagedHistory));
        assert_eq!(History::parse("[]").unwrap().len(), 0);
    }

    #[test]
    fn beyond_the_cap_routine_snapshots_give_way_first() {
        let mut history = History::default();
        history.push(snapshot(
            "2026-01-05T08:00:00Z",
            SnapshotReason::BeforeDelete,
        ));
        for minute in 10..(10 + MAX_SNAPSHOTS) {
            history.push(snapshot(
                &format!("2026-01-05T09:{minute:02}:00Z"),
                SnapshotReason::Autosave,
            ));
        }
        assert_eq!(history.len(), MAX_SNAPSHOTS);
        assert_eq!(
            history.newest_first().last().unwrap().reason,
            SnapshotReason::BeforeDelete,
            "the oldest autosave went, not the snapshot kept before a deletion"
        );
    }

    #[test]
    fn an_autosnapshot_is_due_ten_minutes_after_the_last() {
        let at = "2026-01-05T08:00:00+07:00";
        assert!(!autosnapshot_due(Some(at), "2026-01-05T08:09:59+07:00"));
        assert!(autosnapshot_due(Some(at), "2026-01-05T01:10:00Z"));
        assert!(autosnapshot_due(None, at));
        assert!(autosnapshot_due(Some("kemarin"), at));
    }
}
