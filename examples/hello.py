# The smallest program: one line of output.
print("hello")
