//! Where each part of the explorer goes for a terminal size. Drawing, scrolling (page sizes,
//! keeping the selection visible) and mouse clicks all use this one function, so they agree.

use ratatui::layout::Constraint::{Fill, Length};
use ratatui::layout::{Layout, Margin, Rect};

use super::state::Focus;

/// Below this the explorer only says the terminal is too small.
pub const MIN_WIDTH: u16 = 24;
/// Below this the explorer only says the terminal is too small.
pub const MIN_HEIGHT: u16 = 7;

/// How the screen is shared between the picker and the pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Picker on the left, the pair on the right (80 columns and more).
    Wide,
    /// Picker above the pair (narrow but tall enough).
    Stacked,
    /// Narrow and short: the focused part takes the screen, the other shrinks to one line.
    Compact,
    TooSmall,
}

/// The rectangle of every part of the screen; an empty one is not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub mode: Option<Mode>,
    /// The picker's bordered block; empty when the picker is shrunk to its query line.
    pub picker: Rect,
    /// The query line (inside the picker's block, or the one line left of a shrunk picker).
    pub query: Rect,
    /// The rows of matching jobs.
    pub list: Rect,
    /// The pair's bordered block; empty when the pair is shrunk to its header line.
    pub panes: Rect,
    /// The header line of a shrunk pair (inside the block the header is the block's title).
    pub header: Rect,
    pub tabs: Rect,
    /// Where the selected tab's content is drawn.
    pub body: Rect,
    pub hint: Rect,
}

impl Areas {
    /// The layout mode (too small when unset).
    pub fn mode(&self) -> Mode {
        self.mode.unwrap_or(Mode::TooSmall)
    }
}

/// The layout mode for a screen size.
pub fn mode_for(area: Rect) -> Mode {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        Mode::TooSmall
    } else if area.width >= 80 && area.height >= 10 {
        Mode::Wide
    } else if area.height >= 20 {
        Mode::Stacked
    } else {
        Mode::Compact
    }
}

/// What the picker's rows ask of its width on a wide screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PickerWish {
    /// The width its visible rows would need to be whole (0: no wish).
    pub want: u16,
    /// How many jobs the panes beside it compare.
    pub jobs: usize,
}

/// The picker's narrowest and widest on a wide screen: about 30% (28 to 40 columns), and up to
/// 45% of the screen while the panes keep 40 columns and 20 a job (two at least) for their
/// tab bar and values, so at 80 columns, or with four jobs at 160, it never widens.
pub fn picker_range(screen: u16, jobs: usize) -> (u16, u16) {
    // In u32: a share of the widest screen a u16 can name does not fit in a u16 on the way.
    let share = |percent: u32| u16::try_from(u32::from(screen) * percent / 100).unwrap_or(u16::MAX);
    let keep = u16::try_from(jobs.max(2))
        .unwrap_or(u16::MAX)
        .saturating_mul(20)
        .saturating_add(40);
    let base = share(30).clamp(28, 40);
    let most = share(45).min(screen.saturating_sub(keep)).max(base);
    (base, most)
}

/// The picker's width on a wide screen for what its rows wish (see [`picker_range`]).
pub fn picker_width(screen: u16, wish: PickerWish) -> u16 {
    let (base, most) = picker_range(screen, wish.jobs);
    wish.want.clamp(base, most)
}

/// Where each part goes on a screen of `area` with `focus`, the picker as wide as `picker`
/// wishes within its range.
pub fn areas(area: Rect, focus: Focus, picker: PickerWish) -> Areas {
    let mode = mode_for(area);
    let mut out = Areas {
        mode: Some(mode),
        ..Areas::default()
    };
    if mode == Mode::TooSmall {
        return out;
    }
    let [main, hint] = area.layout(&Layout::vertical([Fill(1), Length(1)]));
    out.hint = hint;
    match mode {
        Mode::Wide => {
            let w = picker_width(area.width, picker);
            let [picker, panes] = main.layout(&Layout::horizontal([Length(w), Fill(1)]));
            picker_inside(&mut out, picker);
            panes_inside(&mut out, panes);
        }
        Mode::Stacked => {
            let h = (main.height / 3).clamp(5, 9);
            let [picker, panes] = main.layout(&Layout::vertical([Length(h), Fill(1)]));
            picker_inside(&mut out, picker);
            panes_inside(&mut out, panes);
        }
        Mode::Compact => match focus {
            Focus::Picker => {
                let [picker, header] = main.layout(&Layout::vertical([Fill(1), Length(1)]));
                picker_inside(&mut out, picker);
                out.header = header;
            }
            Focus::Panes => {
                let [query, panes] = main.layout(&Layout::vertical([Length(1), Fill(1)]));
                out.query = query;
                panes_inside(&mut out, panes);
            }
        },
        Mode::TooSmall => {}
    }
    out
}

/// A block's first line and the lines below it after `skip` lines (the first included).
fn first_and_rest(block: Rect, skip: u16) -> (Rect, Rect) {
    let inner = block.inner(Margin::new(1, 1));
    let [first, _, rest] = inner.layout(&Layout::vertical([Length(1), Length(skip - 1), Fill(1)]));
    (first, rest)
}

fn picker_inside(out: &mut Areas, block: Rect) {
    out.picker = block;
    // A rule under the query when there is room for it.
    let skip = if block.height.saturating_sub(2) >= 6 {
        2
    } else {
        1
    };
    (out.query, out.list) = first_and_rest(block, skip);
}

fn panes_inside(out: &mut Areas, block: Rect) {
    out.panes = block;
    // A blank line under the tab bar when there is room for it.
    let skip = if block.height.saturating_sub(2) >= 12 {
        2
    } else {
        1
    };
    (out.tabs, out.body) = first_and_rest(block, skip);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_picker_widens_for_its_names_within_limits() {
        let two = |want| PickerWish { want, jobs: 2 };
        // 80 columns: the picker stays at 28.
        assert_eq!(picker_width(80, two(70)), 28);
        // 120: 36 by default, up to 40 (the panes keep 80 for two jobs).
        assert_eq!(picker_width(120, two(0)), 36);
        assert_eq!(picker_width(120, two(38)), 38);
        assert_eq!(picker_width(120, two(90)), 40);
        // 200: 40 by default, up to 90.
        assert_eq!(picker_width(200, two(76)), 76);
        assert_eq!(picker_width(200, two(120)), 90);
        // Four jobs keep 120 columns: at 160 the picker stays at 40.
        assert_eq!(picker_range(160, 4), (40, 40));
        assert_eq!(picker_range(160, 2), (40, 72));
        // The widest screen there can be: no overflow on the way.
        assert_eq!(picker_width(u16::MAX, two(u16::MAX)), 29_490);
    }

    #[test]
    fn modes_by_size() {
        let r = |w, h| Rect::new(0, 0, w, h);
        assert_eq!(mode_for(r(120, 40)), Mode::Wide);
        assert_eq!(mode_for(r(80, 24)), Mode::Wide);
        assert_eq!(mode_for(r(60, 20)), Mode::Stacked);
        assert_eq!(mode_for(r(40, 12)), Mode::Compact);
        assert_eq!(mode_for(r(23, 40)), Mode::TooSmall);
        assert_eq!(mode_for(r(1, 1)), Mode::TooSmall);
    }

    #[test]
    fn parts_stay_inside_the_screen() {
        for w in 0..130 {
            for h in 0..45 {
                for focus in [Focus::Picker, Focus::Panes] {
                    let area = Rect::new(0, 0, w, h);
                    let a = areas(area, focus, PickerWish { want: w, jobs: 2 });
                    for r in [
                        a.picker, a.query, a.list, a.panes, a.header, a.tabs, a.body, a.hint,
                    ] {
                        assert!(r.is_empty() || area.contains(r.as_position()), "{w}x{h}");
                        assert!(r.right() <= area.right() && r.bottom() <= area.bottom());
                    }
                }
            }
        }
    }
}
