//! Asking before an action that takes more than the person clicked on: deleting an RHK with
//! its IKI and realisasi, changing the evaluation periods of an SKP with results. The page
//! says what goes with it (from the domain's impact or plan); one undo brings all of it back.

use crate::domain::operasi::Dampak;
use crate::domain::{Lang, Skp};
use crate::i18n::{confirm, library};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
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

/// Deleting an item that takes others with it (an RHK, an IKI): `ask` deletes at once when
/// nothing depends on the item, and otherwise opens the question with what the domain says
/// goes with it; the question's [`Confirm`] reads `asking` and `lines`.
#[derive(Clone, Copy)]
pub struct DeleteQuestion {
    pub asking: RwSignal<bool>,
    pub lines: Signal<Vec<String>>,
    pub action: Signal<String>,
    delete: Callback<()>,
    impact: Callback<(), Dampak>,
    found: RwSignal<Dampak>,
}

impl DeleteQuestion {
    /// `name`: what is deleted ("RHK utama 1"); `impact` and `delete` are the domain's
    /// operations for the item, run on the open SKP.
    pub fn new(
        name: Memo<String>,
        impact: impl Fn(&Skp) -> Dampak + Send + Sync + 'static,
        delete: impl Fn(&mut Skp) + Send + Sync + 'static,
    ) -> DeleteQuestion {
        let ws = Workspace::get();
        let lang = Language::current();
        let found = RwSignal::new(Dampak::default());
        let delete = std::sync::Arc::new(delete);
        let delete = Callback::new(move |()| {
            let label = (library::text(lang.get_untracked()).deleted_label)(&name.get_untracked());
            let delete = delete.clone();
            ws.edit_destructive(label, move |s| delete(s));
        });
        DeleteQuestion {
            asking: RwSignal::new(false),
            lines: Signal::derive(move || {
                let found = found.get();
                let periods = ws
                    .with_open(|s| period_labels(s, &found.periode, lang.get()))
                    .unwrap_or_default();
                (confirm::text(lang.get()).delete_impact)(&found, &periods)
            }),
            action: Signal::derive(move || (confirm::text(lang.get()).delete_all)(&name.get())),
            delete,
            impact: Callback::new(move |()| ws.with_open(&impact).unwrap_or_default()),
            found,
        }
    }

    /// The delete button's action.
    pub fn ask(&self) {
        let found = self.impact.run(());
        if found.ada() {
            self.found.set(found);
            self.asking.set(true);
        } else {
            self.delete.run(());
        }
    }

    /// Deletes, with what goes with it (the question's confirm action).
    pub fn confirm(&self) {
        self.delete.run(());
    }
}
