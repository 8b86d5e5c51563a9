s = b'abc' 'def'
