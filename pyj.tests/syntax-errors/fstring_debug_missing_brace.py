s = f'{x=!r'
