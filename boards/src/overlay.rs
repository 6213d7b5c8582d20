//! A board's stub as the common stub with the board's overlay laid over it.
//!
//! An overlay is a stub file that says only what differs on its board. It is
//! read item by item, an item being a constant (with the docstring under it),
//! a function (with all its `@overload`s), a class, or an import:
//!
//! - an item replaces the common stub's item of the same name, where that
//!   one stood; a class is merged the same way, member by member, and its
//!   header and docstring are the overlay's when it gives them;
//! - an item the common stub lacks is added: constants after the last
//!   constant of their level, everything else at the end;
//! - `del NAME` removes the common stub's item (inside a class: the member);
//! - the overlay's module docstring replaces the common one, and its imports
//!   are added to the common ones.
//!
//! Std-only and line-based (stubs are plain, `black`-shaped files); the
//! tests of `crate::stubs` parse every result.

/// Lay `overlay` over `base` and return the board's stub.
pub fn apply(base: &str, overlay: &str) -> String {
    let base_lines: Vec<&str> = base.lines().collect();
    let over_lines: Vec<&str> = overlay.lines().collect();
    let merged = merge(split(&base_lines, 0), split(&over_lines, 0));
    let mut out = String::with_capacity(base.len() + overlay.len());
    write(&merged, &mut out);
    out
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Kind {
    /// A module or class docstring.
    Doc,
    Import,
    Constant,
    Function,
    Class,
    /// `del NAME`: remove NAME from the base.
    Delete,
    /// Anything else (a comment block, an `if`): kept where it stands.
    Other,
}

#[derive(Clone, Debug)]
struct Item<'a> {
    kind: Kind,
    name: String,
    /// Blank lines before it in its source.
    gap: usize,
    /// Its lines, trailing blank lines dropped. For a class: the header
    /// lines only (up to the colon); the body is `body`.
    lines: Vec<&'a str>,
    body: Vec<Item<'a>>,
}

/// Where a line leaves the scanner: inside a triple-quoted string, and how
/// many brackets are open.
#[derive(Clone, Copy, Default)]
struct Scan {
    in_triple: bool,
    depth: i32,
}

impl Scan {
    fn step(mut self, line: &str) -> Scan {
        let b = line.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if self.in_triple {
                if line[i..].starts_with("\"\"\"") {
                    self.in_triple = false;
                    i += 3;
                } else {
                    i += 1;
                }
                continue;
            }
            match b[i] {
                b'#' => break,
                b'"' if line[i..].starts_with("\"\"\"") => {
                    self.in_triple = true;
                    i += 3;
                    continue;
                }
                q @ (b'"' | b'\'') => {
                    i += 1;
                    while i < b.len() && b[i] != q {
                        i += if b[i] == b'\\' { 2 } else { 1 };
                    }
                }
                b'(' | b'[' | b'{' => self.depth += 1,
                b')' | b']' | b'}' => self.depth -= 1,
                _ => {}
            }
            i += 1;
        }
        self
    }

    fn open(self) -> bool {
        self.in_triple || self.depth > 0
    }
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn word_after<'s>(text: &'s str, prefix: &str) -> Option<&'s str> {
    let rest = text.strip_prefix(prefix)?;
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// What a line that starts an item at its level begins.
fn classify(text: &str) -> (Kind, String) {
    if text.starts_with("\"\"\"") {
        return (Kind::Doc, String::new());
    }
    if text.starts_with("import ") || text.starts_with("from ") {
        return (Kind::Import, text.to_string());
    }
    if let Some(n) = word_after(text, "def ").or_else(|| word_after(text, "async def ")) {
        return (Kind::Function, n.to_string());
    }
    if let Some(n) = word_after(text, "class ") {
        return (Kind::Class, n.to_string());
    }
    if let Some(n) = word_after(text, "del ") {
        return (Kind::Delete, n.to_string());
    }
    let end = text.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(text.len());
    let rest = text[end..].trim_start();
    if end > 0 && (rest.starts_with(':') || rest.starts_with('=')) {
        return (Kind::Constant, text[..end].to_string());
    }
    (Kind::Other, text.to_string())
}

/// The items of the lines at indentation `level` (lines indented more, and
/// lines inside an open bracket or string, belong to the item above).
fn split<'a>(lines: &[&'a str], level: usize) -> Vec<Item<'a>> {
    let mut items: Vec<Item<'a>> = Vec::new();
    let mut scan = Scan::default();
    let mut gap = 0;
    let mut decorators: Vec<&'a str> = Vec::new();
    let mut pending_gap: Option<usize> = None;
    for &line in lines {
        let continues = scan.open();
        scan = scan.step(line);
        if continues {
            if let Some(last) = items.last_mut() {
                last.lines.push(line);
            }
            continue;
        }
        if line.trim().is_empty() {
            gap += 1;
            continue;
        }
        let text = line.trim_start();
        if indent_of(line) > level {
            match items.last_mut() {
                Some(last) => {
                    last.lines.extend(std::iter::repeat_n("", gap));
                    last.lines.push(line);
                }
                None => {
                    items.push(Item { kind: Kind::Other, name: String::new(), gap, lines: vec![line], body: vec![] })
                }
            }
            gap = 0;
            continue;
        }
        // Decorators and comments go with the item under them.
        if text.starts_with('@') || text.starts_with('#') {
            if decorators.is_empty() {
                pending_gap = Some(gap);
            }
            gap = 0;
            decorators.push(line);
            continue;
        }
        let (kind, name) = classify(text);
        // A docstring right under a constant documents it.
        if let Some(constant) = items.last_mut().filter(|i| kind == Kind::Doc && gap == 0 && i.kind == Kind::Constant) {
            constant.lines.push(line);
            continue;
        }
        let mut own = std::mem::take(&mut decorators);
        let first_gap = pending_gap.take().unwrap_or(gap);
        gap = 0;
        own.push(line);
        // Overloads of one function are one item.
        if kind == Kind::Function {
            if let Some(last) = items.last_mut().filter(|i| i.kind == Kind::Function && i.name == name) {
                last.lines.extend(std::iter::repeat_n("", first_gap));
                last.lines.extend(own);
                continue;
            }
        }
        items.push(Item { kind, name, gap: first_gap, lines: own, body: vec![] });
    }
    for item in items.iter_mut().filter(|i| i.kind == Kind::Class) {
        // The header runs from the `class` line (under any decorators) to
        // the line that closes its brackets.
        let start = item.lines.iter().position(|l| l.trim_start().starts_with("class ")).unwrap_or(0);
        let mut scan = Scan::default();
        let header_end = item.lines[start..]
            .iter()
            .position(|l| {
                scan = scan.step(l);
                !scan.open()
            })
            .map_or(item.lines.len(), |i| start + i + 1);
        let body: Vec<&'a str> = item.lines.split_off(header_end);
        let inner = body.iter().find(|l| !l.trim().is_empty()).map_or(level + 4, |l| indent_of(l));
        item.body = split(&body, inner);
    }
    items
}

/// The base's items with the overlay's laid over them (see the module doc).
fn merge<'a>(mut base: Vec<Item<'a>>, overlay: Vec<Item<'a>>) -> Vec<Item<'a>> {
    for item in overlay {
        let same = |b: &Item| b.kind != Kind::Other && b.kind != Kind::Doc && b.name == item.name;
        match item.kind {
            Kind::Delete => base.retain(|b| !(b.name == item.name && b.kind != Kind::Import)),
            Kind::Doc => match base.iter_mut().find(|b| b.kind == Kind::Doc) {
                Some(doc) => doc.lines = item.lines,
                None => base.insert(0, item),
            },
            Kind::Import => {
                if !base.iter().any(|b| b.kind == Kind::Import && b.name == item.name) {
                    let at =
                        base.iter().rposition(|b| b.kind == Kind::Import || b.kind == Kind::Doc).map_or(0, |i| i + 1);
                    base.insert(at, item);
                }
            }
            Kind::Other => base.push(item),
            _ => match base.iter().position(same) {
                Some(at) => {
                    let old = &mut base[at];
                    if item.kind == Kind::Class && old.kind == Kind::Class {
                        let body = std::mem::take(&mut old.body);
                        old.lines = item.lines;
                        old.body = merge(body, item.body);
                    } else {
                        old.lines = item.lines;
                        old.body = item.body;
                        old.kind = item.kind;
                    }
                }
                None if item.kind == Kind::Constant => {
                    let at = base
                        .iter()
                        .rposition(|b| b.kind == Kind::Constant)
                        .or_else(|| base.iter().rposition(|b| b.kind == Kind::Import || b.kind == Kind::Doc))
                        .map_or(0, |i| i + 1);
                    base.insert(at, item);
                }
                None => base.push(item),
            },
        }
    }
    base
}

fn write(items: &[Item], out: &mut String) {
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            // Keep the blank lines the item had, but never glue a class or
            // function onto what is above it.
            let min = usize::from(matches!(item.kind, Kind::Class | Kind::Function));
            for _ in 0..item.gap.max(min) {
                out.push('\n');
            }
        }
        for line in &item.lines {
            out.push_str(line);
            out.push('\n');
        }
        write(&item.body, out);
    }
}

#[cfg(test)]
mod tests {
    use super::apply;

    const BASE: &str = r#""""Base module."""

from typing import Final

A: Final = 1
"""The A."""
B: Final = 2
"""The B."""

class Pin:
    """A pin."""

    IN: Final = 0
    """In."""

    def __init__(
        self,
        id: int,
    ) -> None:
        """Make one."""

    def value(self) -> int:
        """Read."""

    def gone(self) -> None:
        """Removed on some boards."""

def f() -> None:
    """F."""
"#;

    #[test]
    fn an_empty_overlay_gives_the_base() {
        assert_eq!(apply(BASE, ""), BASE);
    }

    #[test]
    fn items_replace_by_name_where_they_stood() {
        let out = apply(BASE, "B: Final = 20\n\"\"\"The board's B.\"\"\"\n");
        assert!(
            out.contains("A: Final = 1\n\"\"\"The A.\"\"\"\nB: Final = 20\n\"\"\"The board's B.\"\"\"\n\nclass Pin"),
            "{out}"
        );
        assert!(!out.contains("B: Final = 2\n"));
    }

    #[test]
    fn classes_merge_member_by_member() {
        let overlay = r#"
class Pin:
    IN: Final = 1
    """In, here."""
    WAKE: Final = 4
    """Wake."""

    def __init__(self, id: int | str) -> None:
        """Make one from a name too."""

    del gone

    def extra(self) -> None:
        """Only here."""
"#;
        let out = apply(BASE, overlay);
        assert!(
            out.contains(
                "    \"\"\"A pin.\"\"\"\n\n    IN: Final = 1\n    \"\"\"In, here.\"\"\"\n    WAKE: Final = 4\n"
            ),
            "{out}"
        );
        assert!(out.contains("def __init__(self, id: int | str)") && !out.contains("id: int,\n"));
        assert!(out.contains("def value(self)") && !out.contains("def gone"));
        let extra = out.find("def extra").unwrap();
        assert!(extra > out.find("def value").unwrap() && extra < out.find("def f()").unwrap(), "{out}");
    }

    #[test]
    fn overloads_are_one_item() {
        let base = "@overload\ndef v() -> int: ...\n@overload\ndef v(x: int, /) -> None: ...\n\ndef w() -> None: ...\n";
        let out = apply(base, "def v() -> int: ...\n");
        assert_eq!(out, "def v() -> int: ...\n\ndef w() -> None: ...\n");
    }

    #[test]
    fn module_docstring_and_imports() {
        let out =
            apply(BASE, "\"\"\"Board module.\n\nMore.\n\"\"\"\n\nfrom typing import Final\nfrom array import array\n");
        assert!(
            out.starts_with(
                "\"\"\"Board module.\n\nMore.\n\"\"\"\n\nfrom typing import Final\nfrom array import array\n\nA:"
            ),
            "{out}"
        );
        assert_eq!(out.matches("from typing import Final").count(), 1);
    }

    #[test]
    fn deleting_and_adding_top_level_items() {
        let out = apply(BASE, "del A\nC: Final = 3\n\"\"\"The C.\"\"\"\n\ndef g() -> None:\n    \"\"\"G.\"\"\"\n");
        assert!(!out.contains("A: Final"));
        assert!(out.contains("B: Final = 2\n\"\"\"The B.\"\"\"\nC: Final = 3\n"), "{out}");
        assert!(out.trim_end().ends_with("def g() -> None:\n    \"\"\"G.\"\"\""), "{out}");
    }
}
