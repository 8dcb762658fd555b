// The build stopped at verify with the failed gate and its reason in the log, after writing the
// artifacts a reviewer needs to see why.
def log = new File(basedir, 'build.log').text
assert log.contains('status        : FAIL:KC-4')
assert log.contains('omega-lock: spec omega-lock.yaml (FAIL:KC-4) did not pass; failed:')
assert log.contains('  KC-4: FAIL: pearson=0.179<0.3')
assert log.contains('BUILD FAILURE')
assert log.contains('omega-lock-maven-plugin')  // the failing goal is ours, not an earlier one

def run = new File(basedir, 'target/omega-lock/run-omega-lock')
assert new File(run, 'scorecard.html').isFile()
def junit = new File(run, 'junit.xml').text
assert junit.contains('<failure message="FAIL: pearson=0.179&lt;0.3"')
assert new File(run, 'result.json').text.contains('"status": "FAIL:KC-4"')
return true
