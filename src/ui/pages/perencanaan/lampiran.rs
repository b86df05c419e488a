//! Lampiran SKP: dukungan sumber daya, skema pertanggungjawaban, konsekuensi.

use crate::domain::id::IdGen;
use crate::domain::model::{Butir, Lampiran as Isi, Skp};
use crate::i18n::{library, plan};
use crate::ui::focus::focus_when_shown;
use crate::ui::form::text_input;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

type Daftar = fn(&mut Isi) -> &mut Vec<Butir>;
type Baca = fn(&Isi) -> &Vec<Butir>;

#[component]
pub fn Lampiran() -> impl IntoView {
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    view! {
        <section aria-labelledby="lampiran-title">
            <h2 id="lampiran-title">{move || t().lampiran_title}</h2>
            <ButirList
                title=|t| t.dukungan
                prefix="ds"
                baca=|l| &l.dukungan_sumber_daya
                ubah=|l| &mut l.dukungan_sumber_daya
            />
            <ButirList
                title=|t| t.skema
                prefix="sp"
                baca=|l| &l.skema_pertanggungjawaban
                ubah=|l| &mut l.skema_pertanggungjawaban
            />
            <ButirList
                title=|t| t.konsekuensi
                prefix="ko"
                baca=|l| &l.konsekuensi
                ubah=|l| &mut l.konsekuensi
            />
        </section>
    }
}

#[component]
fn ButirList(
    title: fn(&plan::PlanText) -> &'static str,
    prefix: &'static str,
    baca: Baca,
    ubah: Daftar,
) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    let ids = move || {
        ws.with_open(|s| {
            baca(&s.lampiran)
                .iter()
                .map(|b| b.id.clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let add = move |_| {
        let mut baru = String::new();
        ws.edit(|s: &mut Skp| {
            let id = IdGen::after(prefix, baca(&s.lampiran).iter().map(|b| b.id.as_str()))
                .next_id(prefix);
            baru = id.clone();
            ubah(&mut s.lampiran).push(Butir {
                id,
                teks: String::new(),
            });
        });
        focus_when_shown(format!("[data-butir=\"{baru}\"]"));
    };
    view! {
        <h3>{move || title(t())}</h3>
        <ol class="butir-list">
            <For each=ids key=|id| id.clone() let:id>
                {
                    let id = StoredValue::new(id);
                    let number = move || {
                        ws.with_open(|s| baca(&s.lampiran).iter().position(|b| b.id == id.get_value()))
                            .flatten()
                            .map(|i| i + 1)
                            .unwrap_or(0)
                    };
                    let label = move || format!("{} {}", title(t()), number());
                    view! {
                        <li class="butir" data-butir=id.get_value()>
                            {text_input(
                                label,
                                move || ws.with_open(|s| baca(&s.lampiran).iter().find(|b| b.id == id.get_value()).map(|b| b.teks.clone())).flatten().unwrap_or_default(),
                                move |v| ws.edit(|s| {
                                    if let Some(b) = ubah(&mut s.lampiran).iter_mut().find(|b| b.id == id.get_value()) {
                                        b.teks = v;
                                    }
                                }),
                            )}
                            <button type="button" class="danger" aria-label=move || (t().delete_label)(&label()) on:click=move |_| {
                                let text = (library::text(lang.get_untracked()).deleted_label)(&label());
                                ws.edit_destructive(text, |s| ubah(&mut s.lampiran).retain(|b| b.id != id.get_value()));
                            }>{move || t().delete}</button>
                        </li>
                    }
                }
            </For>
        </ol>
        <button type="button" on:click=add>{move || (t().add_item)(title(t()))}</button>
    }
}
