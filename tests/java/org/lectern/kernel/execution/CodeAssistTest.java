package org.lectern.kernel.execution;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeAssistTest extends SharedEvaluatorTestCase {
    @Override
    List<String> firstCells() {
        return List.of("String greeting = \"hi\";");
    }

    @Test
    void completesAStaticMethodFromTheStartOfItsName() {
        Completion completion = evaluator.complete("Math.ma", 7);
        assertTrue(completion.matches().contains("max("), completion.toString());
        assertEquals(5, completion.start(), "the replacement starts at the 'm'");
        assertEquals(7, completion.end());
        assertEquals(List.of("max("), completion.matches(), "overloads appear once");
    }

    @Test
    void completesMembersOfAVariableFromAnEarlierCell() {
        String code = "int n = 1;\ngreeting.toUpp";
        Completion completion = evaluator.complete(code, code.length());
        assertEquals(List.of("toUpperCase("), completion.matches());
        assertEquals(code.indexOf("toUpp"), completion.start());
    }

    @Test
    void completesJavaBelowAMagicLine() {
        String code = "%lsmagic\nMath.ab";
        Completion completion = evaluator.complete(code, code.length());
        assertTrue(completion.matches().contains("abs("), completion.toString());
        assertEquals(code.indexOf("ab"), completion.start());
    }

    @Test
    void completesMagicNames() {
        assertEquals(new Completion(List.of("%classpath"), 0, 4), evaluator.complete("%cla", 4));
        String cell = "int x = 1;\n  %l";
        Completion line = evaluator.complete(cell, cell.length());
        assertEquals(List.of("%load", "%lsmagic"), line.matches());
        assertEquals(cell.indexOf('%'), line.start());
        assertEquals(List.of("%%time"), evaluator.complete("%%t", 3).matches());
        String modulo = "int m = 10\n%Math.ab";
        assertTrue(evaluator.complete(modulo, modulo.length()).matches().contains("abs("),
                "'%Math.ab' is no magic name, so Java completes it: " + evaluator.complete(modulo, modulo.length()));
    }

    @Test
    void nothingToCompleteGivesAnEmptyAnswerAtTheCursor() {
        assertEquals(Completion.none(8), evaluator.complete("Math.zzz", 8));
    }

    @Test
    void inspectsTheMethodWhoseCallIsOpen() {
        Optional<String> doc = evaluator.inspect("Math.max(", 9, false);
        assertTrue(doc.orElseThrow().contains("int Math.max(int a, int b)"), doc.toString());
        assertTrue(doc.orElseThrow().contains("double Math.max(double a, double b)"), doc.toString());
    }

    @Test
    void inspectsAMethodNameUnderTheCursor() {
        Optional<String> doc = evaluator.inspect("String.valueOf", 10, true);
        assertTrue(doc.orElseThrow().contains("String String.valueOf(int i)"), doc.toString());
        Optional<String> onVariable = evaluator.inspect("greeting.length()", 11, false);
        assertTrue(onVariable.orElseThrow().contains("int String.length()"), onVariable.toString());
    }

    @Test
    void inspectingNothingGivesNothing() {
        assertEquals(Optional.empty(), evaluator.inspect("   ", 1, false));
    }
}
