//! When to remind the person to export: browsers may erase site data (storage pressure, a
//! cleaning tool, "clear history"), and a file is the only copy that survives that.

use chrono::DateTime;

/// Remind after this many days without an export.
pub const EXPORT_REMINDER_DAYS: i64 = 7;

/// True when work exists that was never exported, or was last exported more than `days`
/// days before `now` (RFC 3339 timestamps). `first_saved` is when the SKP was first kept.
pub fn export_reminder_due(
    exported_at: Option<&str>,
    first_saved: &str,
    now: &str,
    days: i64,
) -> bool {
    let since = exported_at.unwrap_or(first_saved);
    match (
        DateTime::parse_from_rfc3339(since),
        DateTime::parse_from_rfc3339(now),
    ) {
        (Ok(since), Ok(now)) => (now - since).num_days() >= days,
        // Unreadable dates: better one reminder too many than a lost year of work.
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-03-10T08:00:00+07:00";

    #[test]
    fn reminds_seven_days_after_the_last_export() {
        assert!(!export_reminder_due(
            Some("2026-03-04T08:00:00+07:00"),
            NOW,
            NOW,
            7
        ));
        assert!(export_reminder_due(
            Some("2026-03-03T08:00:00+07:00"),
            NOW,
            NOW,
            7
        ));
    }

    #[test]
    fn never_exported_counts_from_the_first_save() {
        assert!(!export_reminder_due(
            None,
            "2026-03-09T08:00:00+07:00",
            NOW,
            7
        ));
        assert!(export_reminder_due(
            None,
            "2026-02-01T08:00:00+07:00",
            NOW,
            7
        ));
    }

    #[test]
    fn unreadable_dates_remind_rather_than_stay_silent() {
        assert!(export_reminder_due(Some("kemarin"), NOW, NOW, 7));
    }
}
