s = f'ünïcödé {x!q}'
