# SystemExit: finally blocks run, the message goes to stderr, and the status is 1 for a non-int code.
import sys
try:
    print("working")
    sys.exit("fatal: configuration missing")
finally:
    print("cleanup ran")
