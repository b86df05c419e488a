//! Form widgets shared by the planning and monitoring pages. Every field has a visible label,
//! writes on each keystroke (so autosave keeps what was typed even if the person navigates
//! away at once) and takes its value from the SKP, so undo and other tabs show through.

use crate::domain::model::Skp;
use crate::domain::rules::periksa::{Temuan, Tingkat};
use crate::i18n::plan;
use crate::ui::language::Language;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

/// A one-line text field.
pub fn text_input(
    label: impl Fn() -> String + Send + Sync + 'static,
    value: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    text_input_at(None, None, label, value, set)
}

/// A one-line text field that a plan finding can point at (`path`, as in
/// `Temuan::path`), with the phone keyboard `inputmode` suits (`"numeric"` for a NIP).
pub fn text_input_at(
    path: Option<String>,
    inputmode: Option<&'static str>,
    label: impl Fn() -> String + Send + Sync + 'static,
    value: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <label class="field" data-path=path>
            <span class="field-label">{label}</span>
            <input type="text" inputmode=inputmode prop:value=value on:input=move |ev| set(event_target_value(&ev)) />
        </label>
    }
}

/// A multi-line text field.
pub fn text_area(
    label: impl Fn() -> String + Send + Sync + 'static,
    value: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <label class="field wide">
            <span class="field-label">{label}</span>
            <textarea rows="2" prop:value=value on:input=move |ev| set(event_target_value(&ev))></textarea>
        </label>
    }
}

pub use crate::domain::angka::{fmt_angka, parse_angka};

/// A number field. What the person types is kept as typed while it means the stored number
/// (so "2," is not rewritten to "2" mid-word); text that is not a number is flagged.
pub fn number_input(
    label: impl Fn() -> String + Send + Sync + 'static,
    value: impl Fn() -> Option<f64> + Send + Sync + Copy + 'static,
    set: impl Fn(Option<f64>) + Send + Sync + 'static,
) -> impl IntoView {
    let lang = Language::current();
    let typed = RwSignal::new(None::<String>);
    let shown = move || {
        let stored = value();
        match typed.get() {
            Some(text) if text.trim().is_empty() && stored.is_none() => text,
            Some(text) if parse_angka(&text).is_some() && parse_angka(&text) == stored => text,
            // A number typed where none shows yet (a fresh target holds 0): keep it as typed.
            Some(text) if parse_angka(&text).is_some() && stored.is_none() => text,
            Some(text) if parse_angka(&text).is_none() && !text.trim().is_empty() => text,
            _ => stored.map(|n| fmt_angka(n, lang.get())).unwrap_or_default(),
        }
    };
    let invalid = move || {
        typed
            .get()
            .is_some_and(|t| !t.trim().is_empty() && parse_angka(&t).is_none())
    };
    view! {
        <label class="field number">
            <span class="field-label">{label}</span>
            <input
                type="text"
                inputmode="decimal"
                prop:value=shown
                aria-invalid=move || invalid().then_some("true")
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    typed.set(Some(text.clone()));
                    if text.trim().is_empty() {
                        set(None);
                    } else if let Some(n) = parse_angka(&text) {
                        set(Some(n));
                    }
                }
            />
            <Show when=invalid>
                <span class="finding galat">{move || plan::text(lang.get()).not_a_number}</span>
            </Show>
        </label>
    }
}

/// A date field (the browser's date picker; keyboard entry works too).
pub fn date_input(
    label: impl Fn() -> String + Send + Sync + 'static,
    value: impl Fn() -> Option<NaiveDate> + Send + Sync + 'static,
    set: impl Fn(Option<NaiveDate>) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <label class="field date">
            <span class="field-label">{label}</span>
            <input
                type="date"
                min=DATE_MIN
                max=DATE_MAX
                prop:value=move || value().map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
                on:input=move |ev| set(read_date(&event_target_value(&ev)))
            />
        </label>
    }
}

/// The first and last day a date field offers: the years a file can hold.
pub const DATE_MIN: &str = "1900-01-01";
pub const DATE_MAX: &str = "2200-12-31";

/// The date in a date field's value, if it is one an SKP can hold. While a year is being
/// typed the browser passes through years such as 2 or 202: those are no date yet, and are
/// never stored (a file with them would be refused).
pub fn read_date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .filter(|d| Skp::tahun_sah(d.year()))
}

/// A choice among a few values; `options` gives each value with its label.
pub fn select_input<T: Copy + PartialEq + Send + Sync + 'static>(
    label: impl Fn() -> String + Send + Sync + 'static,
    options: impl Fn() -> Vec<(T, String)> + Send + Sync + Copy + 'static,
    value: impl Fn() -> T + Send + Sync + Copy + 'static,
    set: impl Fn(T) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <label class="field">
            <span class="field-label">{label}</span>
            <select on:change=move |ev| {
                let chosen = event_target_value(&ev).parse::<usize>().ok();
                if let Some((v, _)) = chosen.and_then(|i| options().into_iter().nth(i)) {
                    set(v);
                }
            }>
                {move || {
                    let current = value();
                    options()
                        .into_iter()
                        .enumerate()
                        .map(|(i, (v, text))| {
                            view! { <option value=i.to_string() selected=v == current>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}

/// A checkbox with its label after it.
pub fn check_input(
    label: impl Fn() -> String + Send + Sync + 'static,
    value: impl Fn() -> bool + Send + Sync + 'static,
    set: impl Fn(bool) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=value on:change=move |ev| set(event_target_checked(&ev)) />
            <span>{label}</span>
        </label>
    }
}

/// The CSS class of a finding's level.
pub fn tingkat_class(tingkat: Tingkat) -> &'static str {
    match tingkat {
        Tingkat::Galat => "finding galat",
        Tingkat::Peringatan => "finding peringatan",
        Tingkat::Saran => "finding saran",
    }
}

/// The plan check's findings about one field, shown beside it.
pub fn findings(list: impl Fn() -> Vec<Temuan> + Send + Sync + 'static) -> impl IntoView {
    let lang = Language::current();
    move || {
        let lang = lang.get();
        let t = plan::text(lang);
        list()
            .into_iter()
            .map(|temuan| {
                let level = match temuan.tingkat {
                    Tingkat::Galat => t.level_error,
                    Tingkat::Peringatan => t.level_warning,
                    Tingkat::Saran => t.level_hint,
                };
                view! {
                    <p class=tingkat_class(temuan.tingkat) role="note">
                        <strong>{level}": "</strong>{temuan.message(lang)}
                    </p>
                }
            })
            .collect_view()
    }
}
