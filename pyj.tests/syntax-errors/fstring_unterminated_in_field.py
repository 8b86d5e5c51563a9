s = f'{x
