"""jupyter_kernel_test's conformance suite, every test it has.

Samples are plain Python that both the dev kernel's test double and the real
MicroPython VM answer alike; the few only real Python can answer are added
for flavour `vm`.
"""

from __future__ import annotations

import jupyter_kernel_test

from conftest import FLAVOUR, KERNEL_NAME


class MicroPythonKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = KERNEL_NAME
    language_name = "micropython"
    file_extension = ".py"

    code_hello_world = "print('hello, world')"
    code_stderr = "import sys\nprint('test', file=sys.stderr)"

    completion_samples = [
        {"text": "zi", "matches": {"zip"}},
        {"text": "whi", "matches": {"while"}},
    ]

    complete_code_samples = ["1", "print('hello, world')", "def f(x):\n  return x*2\n\n\n"]
    incomplete_code_samples = ["print('''hello", "def f(x):\n  x*2", "x = [1,", "for i in range(3):"]
    invalid_code_samples = ["x = (1]", "s = 'unterminated\nprint(s)"]
    if FLAVOUR == "vm":
        invalid_code_samples += ["import = 7q", "for x in range(3)\n  pass"]

    code_page_something = "zip?"
    code_generate_error = "raise"
    code_execute_result = [
        {"code": "1+2+3", "result": "6"},
        {"code": "10 // 3", "result": "3"},
    ]
    code_display_data = [{"code": "%pins", "mime": "image/svg+xml"}]
    if FLAVOUR == "dev":
        code_display_data.append({"code": "display('<b>test</b>')", "mime": "text/html"})
    code_history_pattern = "1+2*"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "zip"
    code_clear_output = "print('before')\n%clear\nprint('after')"


class MicroPythonIopubWelcomeTests(jupyter_kernel_test.IopubWelcomeTests):
    kernel_name = KERNEL_NAME
    support_iopub_welcome = True
