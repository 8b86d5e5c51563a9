naïve = 1 → 2
