package org.lectern.kernel.execution;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompletenessTest extends SharedEvaluatorTestCase {

    @ParameterizedTest(name = "[{0}] is {1} with indent \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            int x = 1;                                   | COMPLETE   | ""
            int x = 1                                    | COMPLETE   | ""
            Math.max(1, 2)                               | COMPLETE   | ""
            int k = undefinedVar + 1;                    | COMPLETE   | ""
            ""                                           | COMPLETE   | ""
            for (int i = 0; i < 3; i++) {                | INCOMPLETE | "    "
            if (ok) {\\n    while (busy) {              | INCOMPLETE | "        "
            int y = Math.max(1,                          | INCOMPLETE | "    "
            int z = 1 +                                  | INCOMPLETE | ""
            String s = "{";\\nif (s.isEmpty()) {         | INCOMPLETE | "    "
            int x = ;                                    | INVALID    | ""
            }                                            | INVALID    | ""
            1 +* 2                                       | INVALID    | ""
            int a = 1;\\nvoid f() { int = 3; }           | INVALID    | ""
            %time                                        | COMPLETE   | ""
            %maven org.example:lib:1.0\\nfor (;;) {      | COMPLETE   | ""
            %%time\\nfor (int i = 0; i < 3; i++) {       | COMPLETE   | ""
            int b = 2;\\n%time b + 1                     | COMPLETE   | ""
            """)
    void answersLikeJupyterExpects(String code, Completeness.Status status, String indent) {
        assertEquals(new Completeness(status, indent), evaluator.isComplete(code.replace("\\n", "\n")));
    }
}
