//! One IKI: aspek, indicator, target (value, range or description) and its direction.

use super::{iki_number, Checks};
use crate::domain::model::{Aspek, Iki, Target};
use crate::domain::operasi::{
    dampak_hapus_iki, hapus_iki, pindah_iki, ubah_bentuk, ubah_bentuk_menghilangkan, Arah, Bagian,
    BentukTarget,
};
use crate::domain::penilaian::fmt_target;
use crate::domain::rules::periksa::{FieldRef, IkiField};
use crate::i18n::plan;
use crate::ui::confirm::{Confirm, DeleteQuestion};
use crate::ui::form::{check_input, findings, number_input, select_input, text_area, text_input};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn IkiCard(rhk_id: String, iki_id: String) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || plan::text(lang.get());
    let kosong = RwSignal::new([false; 2]);
    let checks = Checks::get();
    let rhk_id = StoredValue::new(rhk_id);
    let iki_id = StoredValue::new(iki_id);
    // The card watches its own IKI: an edit elsewhere does not wake it.
    let iki = Memo::new(move |_| {
        ws.with_part(Bagian::Iki(iki_id.get_value()), |s| {
            s.iki(&iki_id.get_value()).cloned()
        })
        .flatten()
    });
    let with_iki = move |f: fn(&Iki) -> Option<f64>| move || iki.with(|i| i.as_ref().and_then(f));
    let read = move |f: fn(&Iki) -> Option<String>| {
        move || iki.with(|i| i.as_ref().and_then(f)).unwrap_or_default()
    };
    let edit = move |f: Box<dyn FnOnce(&mut Iki)>| ws.edit_iki(&iki_id.get_value(), f);
    let target = move || {
        iki.with(|i| {
            i.as_ref()
                .map(|i| (i.target.clone(), i.aspek, i.lebih_kecil_lebih_baik))
        })
    };
    let form = move || BentukTarget::dari(target().and_then(|t| t.0).as_ref());
    let number = Memo::new(move |_| ws.struktur().with(|s| iki_number(s, &iki_id.get_value())));
    let own = checks.of_card(
        move |f| matches!(&f.field, FieldRef::Iki { iki_id: id, .. } if *id == iki_id.get_value()),
    );
    let at = move |field: IkiField| {
        move || {
            own.with(|all| {
                all.iter()
                    .filter(|f| matches!(&f.field, FieldRef::Iki { field: g, .. } if *g == field))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        }
    };
    let shift = move |up: bool| {
        ws.edit(|s| {
            pindah_iki(
                s,
                &iki_id.get_value(),
                if up { Arah::Naik } else { Arah::Turun },
            );
        })
    };
    // Deleting takes the IKI's realisasi and action plans with it: say so first when there are.
    let question = DeleteQuestion::new(
        number,
        move |s| dampak_hapus_iki(s, &iki_id.get_value()),
        move |s| {
            hapus_iki(s, &iki_id.get_value());
        },
    );
    let ubah = move |ke: BentukTarget| {
        if ubah_bentuk_menghilangkan(target().and_then(|t| t.0).as_ref(), ke) {
            let label = (plan::text(lang.get_untracked()).target_form_changed_label)(&number.get());
            ws.edit_destructive(label, |s| {
                let iki = s
                    .rhk
                    .iter_mut()
                    .find(|r| r.id == rhk_id.get_value())
                    .and_then(|r| r.iki.iter_mut().find(|i| i.id == iki_id.get_value()));
                if let Some(i) = iki {
                    i.target = ubah_bentuk(i.target.take(), ke);
                }
            });
        } else {
            edit(Box::new(move |i| {
                i.target = ubah_bentuk(i.target.take(), ke)
            }));
        }
        kosong.set([false; 2]);
    };
    // An emptied number field keeps the stored target (an empty number is no target) and
    // says so, instead of silently storing 0.
    let shown = move |which: usize, f: fn(&Iki) -> Option<f64>| {
        move || {
            let belum = target()
                .and_then(|t| t.0)
                .is_some_and(|t| t.angka_belum_diisi());
            if kosong.get()[which] || belum {
                None
            } else {
                with_iki(f)()
            }
        }
    };
    let tersimpan = move || fmt_target(target().and_then(|t| t.0).as_ref(), lang.get());
    let set_number = move |which: u8| {
        move |n: Option<f64>| {
            kosong.update(|k| k[usize::from(which)] = n.is_none());
            let Some(n) = n else { return };
            edit(Box::new(move |i| match (&mut i.target, which) {
                (Some(Target::Nilai { nilai, .. }), _) => *nilai = n,
                (Some(Target::Rentang { min, .. }), 0) => *min = n,
                (Some(Target::Rentang { maks, .. }), _) => *maks = n,
                _ => {}
            }))
        }
    };
    view! {
        <li class="iki-card" data-iki=iki_id.get_value()>
            <div class="card-head">
                <h6>{number}</h6>
                <div class="actions">
                    <button type="button" on:click=move |_| shift(true) aria-label=move || (t().move_up_label)(&number.get())>"\u{2191}"</button>
                    <button type="button" on:click=move |_| shift(false) aria-label=move || (t().move_down_label)(&number.get())>"\u{2193}"</button>
                    <button type="button" class="danger" on:click=move |_| question.ask() aria-label=move || (t().delete_label)(&number.get())>{move || t().delete}</button>
                </div>
            </div>
            <Confirm asking=question.asking lines=question.lines action=question.action on_confirm=move || question.confirm() />
            <div class="grid">
                {select_input(
                    move || t().aspek.into(),
                    move || {
                        let t = t();
                        vec![
                            (Aspek::Kuantitas, t.kuantitas.into()),
                            (Aspek::Kualitas, t.kualitas.into()),
                            (Aspek::Waktu, t.waktu.into()),
                            (Aspek::Biaya, t.biaya.into()),
                        ]
                    },
                    move || target().map(|t| t.1).unwrap_or_default(),
                    move |v| edit(Box::new(move |i| i.aspek = v)),
                )}
                {select_input(
                    move || t().target_form.into(),
                    move || {
                        let t = t();
                        vec![
                            (BentukTarget::Belum, t.choose.into()),
                            (BentukTarget::Nilai, t.target_value.into()),
                            (BentukTarget::Rentang, t.target_range.into()),
                            (BentukTarget::Deskripsi, t.target_description.into()),
                        ]
                    },
                    form,
                    ubah,
                )}
            </div>
            {text_area(
                move || t().indikator.into(),
                read(|i| Some(i.indikator.clone())),
                move |v| edit(Box::new(move |i| i.indikator = v)),
            )}
            {findings(at(IkiField::Indikator))}
            <div class="grid">
                <Show when=move || form() == BentukTarget::Nilai>
                    {number_input(
                        move || t().target.into(),
                        shown(1, |i| match i.target { Some(Target::Nilai { nilai, .. }) => Some(nilai), _ => None }),
                        set_number(1),
                    )}
                </Show>
                <Show when=move || form() == BentukTarget::Rentang>
                    {number_input(
                        move || t().target_min.into(),
                        shown(0, |i| match i.target { Some(Target::Rentang { min, .. }) => Some(min), _ => None }),
                        set_number(0),
                    )}
                    {number_input(
                        move || t().target_max.into(),
                        shown(1, |i| match i.target { Some(Target::Rentang { maks, .. }) => Some(maks), _ => None }),
                        set_number(1),
                    )}
                </Show>
                <Show when=move || matches!(form(), BentukTarget::Nilai | BentukTarget::Rentang)>
                    {text_input(
                        move || t().satuan.into(),
                        read(|i| i.target.as_ref().and_then(|t| t.satuan()).map(String::from)),
                        move |v| edit(Box::new(move |i| {
                            if let Some(Target::Nilai { satuan, .. } | Target::Rentang { satuan, .. }) = &mut i.target {
                                *satuan = v;
                            }
                        })),
                    )}
                </Show>
            </div>
            <Show when=move || kosong.get().contains(&true)>
                <p class="finding galat" role="alert">{move || (t().target_number_required)(&tersimpan())}</p>
            </Show>
            <Show when=move || form() == BentukTarget::Deskripsi>
                {text_area(
                    move || t().target_description.into(),
                    read(|i| match &i.target { Some(Target::Deskripsi { deskripsi }) => Some(deskripsi.clone()), _ => None }),
                    move |v| edit(Box::new(move |i| i.target = Some(Target::Deskripsi { deskripsi: v }))),
                )}
            </Show>
            {check_input(
                move || t().lower_is_better.into(),
                move || target().map(|t| t.2).unwrap_or(false),
                move |v| edit(Box::new(move |i| i.lebih_kecil_lebih_baik = v)),
            )}
            {findings(at(IkiField::Target))}
        </li>
    }
}
