// The passing build wrote every artifact, logged the summary, and its JUnit XML has no failure.
def out = new File(basedir, 'target/omega-lock')
def run = new File(out, 'run-omega-lock')
['result.json', 'audit.json', 'trail.jsonl', 'scorecard.html', 'junit.xml'].each {
    assert new File(run, it).isFile() : "missing ${it}"
}
assert !new File(run, 'junit.xml').text.contains('<failure')
assert new File(run, 'junit.xml').text.contains('<testcase name="CONSTRAINTS" classname="omega-lock.run.omega-lock">')
assert new File(out, 'gate-holdout/verdict.json').text.contains('"passed": true')
assert new File(out, 'verify/junit.xml').text.contains('<testcase name="audits/audit.json"')

def log = new File(basedir, 'build.log').text
assert log.contains('status        : PASS')
assert log.contains('KC-4        PASS')
assert log.contains('omega-lock: omega-lock.yaml PASS')
assert log.contains('omega-lock: gate PASS over 10 candidates')
assert log.contains('omega-lock: audits/trail.jsonl: intact: 22 records')
assert log.contains('BUILD SUCCESS')
return true
