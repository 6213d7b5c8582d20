//! Text with multi-byte characters (`中`, `µ`, emoji) in every place a
//! program can hold them: every analysis query, at every character
//! boundary, answers without slicing inside a character.

mod common;

use upy_lsp::analysis::{completion, definition, folding, hover, resolve_at, semantic_tokens, signature_help, symbols};

const TEXTS: &[&str] = &[
    // A docstring before the first statement: where an added import goes.
    "\"中文说明 🙂\"\nsleep(1)\n",
    "'''多行\n文档 🙂'''\nimport time\nPin(2)\n",
    "# 注释 🙂\nimport time  # 中\nPin(2)\n",
    "中 = 1\nprint(中 + 未定义)\n",
    "def 函数(参数=\"🙂\"):\n    return 参数\n函数(\n",
    "x = \"中\" + undefined_name\nx.upp",
    "s = f\"{中}🙂{1 + }\"\n",
    "import machine\nmachine.Pin(\"中\", machine.Pin.OUT).",
    "class 类:\n    \"\"\"🙂\"\"\"\n    def m(self): pass\n类().m(",
    "if 中:\n  🙂 = 2\n\tx = 3\n",
    "\"中\"\n\"\"\"unterminated 🙂\n",
    "from machine import (Pin,\n 中)\nPin(",
    "µs = 5\nprint(µs, 'µ' * 2)\n",
    // Characters the lexer refuses, right after a statement.
    "\"doc\"🙂\nsleep(1)\n",
    "import time🙂\nPin(2)\n",
    "import time €\nPin(2)\n",
    "\"doc\" ¬\nimport machine→\nmachine\n",
    "x = 1 ≠ 2\n",
    "🙂🙂🙂",
];

/// Every query at every character boundary of `text`.
fn query_everywhere(text: &str) {
    let (a, _) = common::analyse(text);
    let _ = common::render_diagnostics(&a);
    for d in a.diagnostics() {
        for f in &d.fixes {
            for e in &f.edits {
                assert!(text.is_char_boundary(e.span.start as usize), "{text:?}: fix at {:?}", e.span);
                assert!(text.is_char_boundary(e.span.end as usize), "{text:?}: fix at {:?}", e.span);
            }
        }
    }
    let _ = semantic_tokens::tokens(&a);
    let _ = symbols::symbols(&a.module().body, text);
    let _ = folding::folding_ranges(&a.module().body, text);
    for (offset, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let _ = completion::complete(&a, offset);
        let _ = hover::hover(&a, offset);
        let _ = signature_help::signature_help(&a, offset);
        let _ = definition::definition(&a, offset);
        let _ = definition::references(&a, offset);
        let _ = resolve_at::named_at(&a, offset);
    }
}

#[test]
fn every_query_at_every_character_of_multibyte_texts() {
    for text in TEXTS {
        query_everywhere(text);
    }
}

#[test]
fn multibyte_texts_cut_at_every_character() {
    // A document being typed: each prefix is a text of its own.
    for text in TEXTS {
        for (end, _) in text.char_indices() {
            query_everywhere(&text[..end]);
        }
    }
}

#[test]
fn an_added_import_goes_after_a_multibyte_docstring() {
    let text = "\"中文说明 🙂\"\nsleep(1)\n";
    let (a, _) = common::analyse(text);
    let at = upy_lsp::analysis::checks::names::import_insertion_offset(&a) as usize;
    assert_eq!(&text[..at], "\"中文说明 🙂\"\n");
}
