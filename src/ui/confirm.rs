//! Asking before an action that takes more than the person clicked on: deleting an RHK with
//! its IKI and realisasi, changing the evaluation periods of an SKP with results. The page
//! says what goes with it (from the domain's impact or plan); one undo brings all of it back.

use crate::domain::{Lang, Skp};
use crate::i18n::confirm;
use crate::ui::language::Language;
use leptos::prelude::*;

/// The question, shown in place while `asking` is set: `lines` say what the action takes with
/// it, `action` names the action. Confirming runs `on_confirm`; cancelling changes nothing.
#[component]
pub fn Confirm(
    asking: RwSignal<bool>,
    #[prop(into)] lines: Signal<Vec<String>>,
    #[prop(into)] action: Signal<String>,
    on_confirm: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let lang = Language::current();
    let t = move || confirm::text(lang.get());
    let on_confirm = Callback::new(move |()| on_confirm());
    view! {
        <Show when=move || asking.get()>
            <div class="confirm" role="alertdialog" aria-label=move || action.get()>
                <ul class="plain-list">
                    {move || lines.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
                <p class="hint">{move || t().undo_hint}</p>
                <div class="actions">
                    <button type="button" class="danger" on:click=move |_| {
                        asking.set(false);
                        on_confirm.run(());
                    }>{move || action.get()}</button>
                    <button type="button" on:click=move |_| asking.set(false)>{move || t().cancel}</button>
                </div>
            </div>
        </Show>
    }
}

/// The labels of the SKP's evaluation periods numbered `ke`, joined: "Triwulan I 2025, Triwulan II 2025".
pub fn period_labels(skp: &Skp, ke: &[u32], lang: Lang) -> String {
    skp.daftar_periode_evaluasi()
        .into_iter()
        .filter(|p| ke.contains(&p.ke))
        .map(|p| p.label(lang))
        .collect::<Vec<_>>()
        .join(", ")
}
