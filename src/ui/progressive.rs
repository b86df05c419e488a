//! Long lists drawn in steps: the first items at once, the rest a few per frame, so a page of
//! a 150-IKI plan shows what is on screen before it has built what is below it.

use leptos::prelude::*;

/// Items drawn at once.
const FIRST: usize = 3;
/// Items added each frame after that.
const STEP: usize = 12;

/// How many of a list's items to draw now. Starts at [`FIRST`] for a list longer than that
/// and grows by [`STEP`] each animation frame until the whole list is drawn; after that it
/// stays unlimited, so items added later show at once.
pub fn drawn(len: usize) -> ReadSignal<usize> {
    let (count, set_count) = signal(if len > FIRST { FIRST } else { usize::MAX });
    if len > FIRST {
        grow(set_count, FIRST, len);
    }
    count
}

fn grow(set_count: WriteSignal<usize>, now: usize, len: usize) {
    request_animation_frame(move || {
        let next = now + STEP;
        if next >= len {
            set_count.try_set(usize::MAX);
        } else if set_count.try_set(next).is_none() {
            grow(set_count, next, len);
        }
    });
}

/// False for the first frame of a page, true after: what lies below the first screen (the
/// planning page's behaviour and lampiran sections) is drawn a frame after what the person
/// sees first.
pub fn after_first_frame() -> ReadSignal<bool> {
    let (ready, set_ready) = signal(false);
    request_animation_frame(move || {
        set_ready.try_set(true);
    });
    ready
}
