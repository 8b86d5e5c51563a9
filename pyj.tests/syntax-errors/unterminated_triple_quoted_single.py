x = 1
doc = '''one
two
three