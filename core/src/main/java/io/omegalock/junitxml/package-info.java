/**
 * JUnit XML: the test-report format every CI server reads (Jenkins, GitLab, GitHub test
 * reporters), so a gate shows up in a build's test tab as one test case per gate, a failed gate
 * as a {@code failure} carrying its reason and a gate that did not apply as {@code skipped}. The
 * command line's {@code --junit-xml} and the Maven plugin write it through the one writer here.
 */
package io.omegalock.junitxml;
