/**
 * Run conventions shared by every lecture notebook: quick or full mode ({@link org.lectern.lecture.RunMode}).
 * A leaf package: it depends only on the JDK, so the library packages may use it without a cycle.
 */
package org.lectern.lecture;
