xs = [x for x y]
