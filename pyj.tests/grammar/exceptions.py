# try statements: except with and without types and names, else, finally, and except* groups.
def risky():
    return 1


try:
    risky()
except:
    pass
try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as error:
    print(error)
except Exception as e:
    raise RuntimeError('wrapped') from e
else:
    pass
finally:
    pass
try:
    risky()
finally:
    pass
try:
    pass
except ValueError: pass
else: pass
finally: pass
try:
    risky()
except* ValueError:
    pass
except* (TypeError, KeyError) as group:
    print(group.exceptions)
else:
    pass
finally:
    pass
try:
    try:
        risky()
    except ValueError:
        raise
except* OSError:
    pass
