# Line structure: continuations, implicit joining, semicolons, comments, blank lines and odd whitespace.
value = 1 + \
    2 + \
    3
list_value = [1,
              2,  # a comment inside brackets

              3]
call = max(
    1,
    2,
)
x = 1; y = 2; z = 3;
if x: a = 1; b = 2


# comment-only lines do not matter
        # even indented ones
if x:
	indented_with_tab = 1
	if y:
		deeper = 2
if x:
        spaces = 1
form_feed_at_start = 1
def f(a,
      b):
    return (a
            + b)
string = ("implicit"
          "concatenation")
with_backslash_in_brackets = [1, \
                              2]
last_line_without_newline = True