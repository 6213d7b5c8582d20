//! `# %%` cells in a plain file: the code lenses and "run cell" commands
//! find a cell's extent here.

use upy_syntax::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// From the marker line's start to the next marker (or the end).
    pub span: Span,
    /// The marker line itself (where a code lens goes).
    pub marker: Span,
    /// The text after `# %%`, e.g. a cell title.
    pub title: String,
}

fn is_marker(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let rest = t.strip_prefix('#')?.trim_start().strip_prefix("%%")?;
    Some(rest.trim())
}

pub fn cells(text: &str) -> Vec<Cell> {
    let mut out: Vec<Cell> = Vec::new();
    let mut offset = 0usize;
    for line in text.split_inclusive('\n') {
        if let Some(title) = is_marker(line) {
            if let Some(prev) = out.last_mut() {
                prev.span.end = offset as u32;
            }
            let marker_end = offset + line.trim_end_matches(['\n', '\r']).len();
            out.push(Cell {
                span: Span::new(offset as u32, text.len() as u32),
                marker: Span::new(offset as u32, marker_end as u32),
                title: title.to_string(),
            });
        }
        offset += line.len();
    }
    out
}

/// The code of the cell containing `offset` (the marker line left out).
pub fn cell_code(text: &str, offset: u32) -> Option<(Cell, &str)> {
    let cell = cells(text).into_iter().rev().find(|c| c.span.start <= offset && offset <= c.span.end)?;
    let body_start = (cell.marker.end as usize + 1).min(cell.span.end as usize);
    let code = &text[body_start..cell.span.end as usize];
    Some((cell, code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_markers() {
        let t = "import time\n# %% blink\nx = 1\n#%%\ny = 2\n";
        let c = cells(t);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].title, "blink");
        let (_, code) = cell_code(t, 25).unwrap();
        assert_eq!(code, "x = 1\n");
    }
}
