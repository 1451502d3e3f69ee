/**
 * Teaching with the notebooks: nbgrader's cell format read and checked ({@link org.lectern.course.NbgraderFormat}),
 * solution regions ({@link org.lectern.course.SolutionRegions}), and the student edition that
 * {@code ./lectern student-edition} writes ({@link org.lectern.course.StudentEdition}).
 */
package org.lectern.course;
