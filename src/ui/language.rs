//! The language of the interface: Bahasa Indonesia unless the person chose English, remembered
//! in this browser. The choice is a convenience: if storage is blocked it simply is not kept.

use crate::domain::Lang;
use crate::i18n;
use crate::store::{Backend, LocalStorageBackend, LANGUAGE_KEY};
use leptos::prelude::*;

/// The reactive language, shared through context.
#[derive(Clone, Copy)]
pub struct Language(pub RwSignal<Lang>);

impl Language {
    /// Reads the remembered choice and keeps `<html lang>` and the store in step with it.
    pub fn provide() -> Language {
        let store = LocalStorageBackend::open();
        let remembered = match store.map(|s| s.get(LANGUAGE_KEY)) {
            Some(Ok(Some(code))) if code == "en" => Lang::En,
            _ => Lang::Id,
        };
        let language = Language(RwSignal::new(remembered));
        Effect::new(move |_| {
            let lang = language.0.get();
            let code = i18n::html_lang(lang);
            // Failing to remember the choice must never stop the app.
            if let Some(mut store) = store {
                let _ = store.set(LANGUAGE_KEY, code);
            }
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", code);
            }
        });
        provide_context(language);
        language
    }

    /// The language in the current context; Indonesian if none was provided.
    pub fn current() -> RwSignal<Lang> {
        use_context::<Language>()
            .map(|language| language.0)
            .unwrap_or_else(|| RwSignal::new(Lang::Id))
    }
}

/// The text catalogue of the current language, for use inside `view!` closures.
pub fn use_text() -> impl Fn() -> &'static i18n::Text + Copy {
    let lang = Language::current();
    move || i18n::text(lang.get())
}
