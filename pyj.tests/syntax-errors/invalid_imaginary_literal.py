x = 5j6
