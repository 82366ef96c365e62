#!/usr/bin/env python3
"""Prints "PASSED FAILED" for one test result file.

  count-results.py trx FILE     VSTest TRX: <Counters total executed passed failed error timeout aborted ...>
  count-results.py junit FILE   JUnit XML (vitest, karma, jest): <testsuites>/<testsuite> tests/failures/errors/skipped

Failed counts everything that did not pass and was not deliberately skipped (failed, error, timeout,
aborted). Exit code 2 when the file cannot be read or has no counters.
"""
import sys
import xml.etree.ElementTree as ET


def local(tag):
    return tag.rsplit("}", 1)[-1]


def num(el, name):
    try:
        return int(float(el.get(name, "0") or 0))
    except ValueError:
        return 0


def trx(root):
    for el in root.iter():
        if local(el.tag) == "Counters":
            passed = num(el, "passed")
            failed = sum(num(el, k) for k in ("failed", "error", "timeout", "aborted"))
            return passed, failed
    raise ValueError("no <Counters> element")


def junit(root):
    def count(suite):
        tests, failed = num(suite, "tests"), num(suite, "failures") + num(suite, "errors")
        if "skipped" in suite.attrib:
            skipped = num(suite, "skipped")
        else:
            skipped = sum(1 for el in suite.iter() if local(el.tag) == "skipped")
        return max(tests - failed - skipped, 0), failed

    if local(root.tag) == "testsuite" or "tests" in root.attrib:
        return count(root)
    passed = failed = 0
    for suite in root.iter():
        # only leaf-level suites, so nested <testsuite> elements are not counted twice
        if local(suite.tag) == "testsuite" and not any(local(c.tag) == "testsuite" for c in suite):
            p, f = count(suite)
            passed, failed = passed + p, failed + f
    return passed, failed


def main():
    kind, path = sys.argv[1], sys.argv[2]
    try:
        root = ET.parse(path).getroot()
        passed, failed = trx(root) if kind == "trx" else junit(root)
    except (OSError, ET.ParseError, ValueError) as e:
        print(f"count-results: {path}: {e}", file=sys.stderr)
        return 2
    print(passed, failed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
