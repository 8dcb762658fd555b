// broken.json is audit.json with the fitness of record 2 edited: the build fails naming the
// file and the entry, and the intact files still verify.
def log = new File(basedir, 'build.log').text
assert log.contains('omega-lock: audit chain verification did not pass; failed:')
assert log.contains('  broken.json: broken at entry 2: hash mismatch')
assert log.contains('omega-lock: intact.json: intact: 22 records')
assert log.contains('omega-lock: trail.jsonl: intact: 22 records')
assert log.contains('BUILD FAILURE')
def junit = new File(basedir, 'target/omega-lock/verify/junit.xml').text
assert junit.contains('tests="3" failures="1"')
return true
