//! The unit's capaian kinerja organisasi for the period or the year: the level the leader
//! above set, which the evaluation form shows in its header and which a unit head's rating
//! hasil kerja follows.

use crate::domain::model::{KinerjaOrganisasi, PredikatOrganisasi};
use crate::domain::operasi::set_kinerja_organisasi;
use crate::i18n::assess::{self, predikat_organisasi};
use crate::ui::form::{number_input, select_input};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn Organisasi(periode: RwSignal<Option<u32>>) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || assess::text(lang.get());
    let current = move || {
        ws.with_open(|s| s.kinerja_organisasi(periode.get()).cloned())
            .flatten()
            .unwrap_or_default()
    };
    let set = move |f: &dyn Fn(&mut KinerjaOrganisasi)| {
        let p = periode.get_untracked();
        let mut k = current();
        f(&mut k);
        ws.edit(|s| {
            set_kinerja_organisasi(s, p, k);
        });
    };
    let kepala = move || ws.with_open(|s| s.kepala_unit()).unwrap_or(false);
    view! {
        <div class="organisasi" id="kinerja-organisasi">
            <h3>{move || t().org_title}</h3>
            <p class="hint">{move || t().org_help}</p>
            <div class="rating-fields">
                {select_input(
                    move || t().org_predikat.into(),
                    move || {
                        let lang = lang.get();
                        std::iter::once((None, t().rating_none.to_string()))
                            .chain(
                                PredikatOrganisasi::SEMUA
                                    .into_iter()
                                    .map(|p| (Some(p), predikat_organisasi(p, lang).to_string())),
                            )
                            .collect()
                    },
                    move || current().predikat,
                    move |v| set(&|k| k.predikat = v),
                )}
                {number_input(
                    move || t().org_capaian.into(),
                    move || current().capaian,
                    move |v| set(&|k| k.capaian = v),
                )}
            </div>
            <Show when=kepala>
                <p class="hint org-head">{move || t().org_head_note}</p>
            </Show>
        </div>
    }
}
