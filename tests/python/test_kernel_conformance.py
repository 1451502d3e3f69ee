"""jupyter_kernel_test's protocol conformance suite, run against the installed "lectern" kernel.

Run by KernelConformanceIT after installing the kernelspec into a temporary JUPYTER_PATH:
    /usr/bin/python3 -m unittest -v tests/python/test_kernel_conformance.py
"""
import unittest

import jupyter_kernel_test

IMAGE = "new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB)"


class LecternKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "lectern"
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("to stderr");'
    code_generate_error = 'throw new IllegalStateException("boom");'
    code_clear_output = "clearOutput();"

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "Math.max(3, 4)", "result": "4"},
        {"code": '"Lec" + "tern"', "result": "Lectern"},
    ]
    code_display_data = [
        {"code": f"display({IMAGE});", "mime": "image/png"},
        {"code": 'display("shown with display()");', "mime": "text/plain"},
    ]

    completion_samples = [
        {"text": "Math.ma", "matches": {"max("}},
        {"text": "System.out.printl", "matches": {"println("}},
    ]
    complete_code_samples = ["1 + 1", "int x = 1;", "void f() {}", "class A {}"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "int y = (1 +", "class B {"]
    invalid_code_samples = ["int = 5;", "1 +* 2"]

    code_inspect_sample = "Math.max"

    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "6 ? 7"


if __name__ == "__main__":
    unittest.main()
