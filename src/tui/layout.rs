//! Where each part of the explorer goes for a terminal size. Drawing, scrolling (page sizes,
//! keeping the selection visible) and mouse clicks all use this one function, so they agree.

use ratatui::layout::Rect;

use super::state::Focus;

/// Below this the explorer only says the terminal is too small.
pub const MIN_WIDTH: u16 = 24;
pub const MIN_HEIGHT: u16 = 7;

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
    pub fn mode(&self) -> Mode {
        self.mode.unwrap_or(Mode::TooSmall)
    }
}

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

pub fn areas(area: Rect, focus: Focus) -> Areas {
    let mode = mode_for(area);
    let mut out = Areas {
        mode: Some(mode),
        ..Areas::default()
    };
    if mode == Mode::TooSmall {
        return out;
    }
    let main = Rect {
        height: area.height - 1,
        ..area
    };
    out.hint = Rect {
        y: area.bottom() - 1,
        height: 1,
        ..area
    };
    match mode {
        Mode::Wide => {
            let w = (area.width * 3 / 10).clamp(28, 40);
            let picker = Rect { width: w, ..main };
            let panes = Rect {
                x: main.x + w,
                width: main.width - w,
                ..main
            };
            picker_inside(&mut out, picker);
            panes_inside(&mut out, panes);
        }
        Mode::Stacked => {
            let h = (main.height / 3).clamp(5, 9);
            let picker = Rect { height: h, ..main };
            let panes = Rect {
                y: main.y + h,
                height: main.height - h,
                ..main
            };
            picker_inside(&mut out, picker);
            panes_inside(&mut out, panes);
        }
        Mode::Compact => {
            let rest = Rect {
                height: main.height - 1,
                ..main
            };
            match focus {
                Focus::Picker => {
                    picker_inside(&mut out, rest);
                    out.header = Rect {
                        y: main.bottom() - 1,
                        height: 1,
                        ..main
                    };
                }
                Focus::Panes => {
                    out.query = Rect { height: 1, ..main };
                    panes_inside(
                        &mut out,
                        Rect {
                            y: main.y + 1,
                            ..rest
                        },
                    );
                }
            }
        }
        Mode::TooSmall => {}
    }
    out
}

fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x + 1,
        y: r.y + 1,
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

fn picker_inside(out: &mut Areas, block: Rect) {
    out.picker = block;
    let i = inner(block);
    out.query = Rect { height: 1, ..i };
    // A rule under the query when there is room for it.
    let skip = if i.height >= 6 { 2 } else { 1 };
    out.list = Rect {
        y: i.y + skip,
        height: i.height.saturating_sub(skip),
        ..i
    };
}

fn panes_inside(out: &mut Areas, block: Rect) {
    out.panes = block;
    let i = inner(block);
    out.tabs = Rect { height: 1, ..i };
    // A blank line under the tab bar when there is room for it.
    let skip = if i.height >= 12 { 2 } else { 1 };
    out.body = Rect {
        y: i.y + skip,
        height: i.height.saturating_sub(skip),
        ..i
    };
}

#[cfg(test)]
mod tests {
    use super::*;

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
                    let a = areas(area, focus);
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
