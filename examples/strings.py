# Strings: literals, concatenation, repetition, indexing, slicing, methods and formatting.
greeting = "Hello"
name = 'World'
message = greeting + ", " + name + "!"
print(message)
print(len(message), message[0], message[-1], message[7:12], message[::-1], message[::2])
print(message.upper(), message.lower(), message.replace("World", "pyj"), message.split(", "))
print("-" * 20)
print("abc" < "abd", "a" in "cat", message.find("o"), message.count("l"), message.startswith("Hell"))
print(repr("it's"), repr('say "hi"'), repr("tab\there"), "multi\nline")
print("  padded  ".strip() + "|", "x".center(7, "*"), "7".zfill(3), "a,b,c".split(","), "-".join("xyz"))
print(f"{name} has {len(name)} letters", f"{3.14159:.3f}", f"{42:>6}", f"{255:#x}", f"{0.25:.0%}")
print("%s is %d years and %.1f%%" % ("pyj", 1, 99.5), "{} + {} = {}".format(1, 2, 1 + 2))
print(str(10) + str(2.5), int("42") + 1, "é", "日本", ord("A"), chr(97))
