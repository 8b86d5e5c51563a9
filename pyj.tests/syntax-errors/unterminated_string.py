name = 'Guido
print(name)
