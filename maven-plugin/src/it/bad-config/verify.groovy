// A bad value fails the build with a message naming the parameter, before anything runs.
def log = new File(basedir, 'build.log').text
assert log.contains('omega-lock: bad configuration <threads>: must be >= 1, got 0')
assert !log.contains('status        :')
assert log.contains('BUILD FAILURE')
return true
