//! The only place the app reads the clock; the domain and the store take times as arguments.

use chrono::NaiveDate;

/// Now, as an RFC 3339 timestamp in UTC (e.g. `2026-03-10T01:02:03.000Z`).
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today's date on this device's calendar.
pub fn today() -> NaiveDate {
    let date = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
    .unwrap_or_default()
}

/// A new id that no other SKP on any device is likely to have: time plus randomness.
pub fn fresh_id(prefix: &str) -> String {
    let millis = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1_000_000.0) as u64;
    format!("{prefix}-{millis:x}-{random:x}")
}
